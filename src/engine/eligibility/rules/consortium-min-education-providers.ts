import { minimumOfTypes } from './minimum-of-types.ts';

/** At least 3 (Lot 1) / 5 (Lot 2) education and training providers among the applicants. */
export const consortiumMinEducationProviders = minimumOfTypes({
  id: 'consortium.min-education-providers',
  summary: {
    en: 'The applicants include enough education and training providers',
    da: 'Ansøgerne omfatter nok uddannelsesinstitutioner',
  },
  minimum: (ctx) => ctx.lot.composition.minEducationProviders,
  types: (ctx) => ctx.call.organisationTypes.educationProviders,
  noun: {
    en: { one: 'education and training provider', other: 'education and training providers' },
    da: { one: 'uddannelsesinstitution', other: 'uddannelsesinstitutioner' },
  },
});
