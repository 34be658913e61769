import { minimumOfTypes } from './minimum-of-types.ts';

/** At least 3 (Lot 1) / 5 (Lot 2) education and training providers among the applicants. */
export const consortiumMinEducationProviders = minimumOfTypes({
  id: 'consortium.min-education-providers',
  summary: 'consortium.min-education-providers.summary',
  minimum: (ctx) => ctx.lot.composition.minEducationProviders,
  types: (ctx) => ctx.call.organisationTypes.educationProviders,
  messageKey: 'consortium.min-education-providers.failed',
  fixKey: 'consortium.min-education-providers.fix',
});
