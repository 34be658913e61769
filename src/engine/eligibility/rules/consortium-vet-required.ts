import { requiredType } from './required-type.ts';

/** At least one VET provider among the applicants. */
export const consortiumVetRequired = requiredType({
  id: 'consortium.vet-required',
  type: 'vet',
  summary: {
    en: 'The applicants include a VET provider',
    da: 'Ansøgerne omfatter en erhvervsuddannelsesinstitution',
  },
  required: (ctx) => ctx.lot.composition.vetRequired,
  message: (lot) => ({
    en: `There is no VET provider among the applicants; ${lot.en} needs at least one.`,
    da: `Der er ingen erhvervsuddannelsesinstitution blandt ansøgerne; ${lot.da} kræver mindst én.`,
  }),
  fix: {
    en: 'Add a VET provider as a beneficiary (a network of VET providers does not count as one).',
    da: 'Tilføj en erhvervsuddannelsesinstitution som støttemodtager (et netværk af erhvervsuddannelsesinstitutioner tæller ikke som en).',
  },
});
