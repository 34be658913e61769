import { requiredType } from './required-type.ts';

/** At least one higher education institution among the applicants. */
export const consortiumHeiRequired = requiredType({
  id: 'consortium.hei-required',
  type: 'hei',
  summary: {
    en: 'The applicants include a higher education institution',
    da: 'Ansøgerne omfatter en videregående uddannelsesinstitution',
  },
  required: (ctx) => ctx.lot.composition.heiRequired,
  message: (lot) => ({
    en: `There is no higher education institution among the applicants; ${lot.en} needs at least one.`,
    da: `Der er ingen videregående uddannelsesinstitution blandt ansøgerne; ${lot.da} kræver mindst én.`,
  }),
  fix: {
    en: 'Add a higher education institution as a beneficiary (with an ECHE if it is established in an EU Member State or associated third country).',
    da: 'Tilføj en videregående uddannelsesinstitution som støttemodtager (med ECHE, hvis den er etableret i en EU-medlemsstat eller et associeret tredjeland).',
  },
});
