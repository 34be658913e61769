import { requiredType } from './required-type.ts';

/** At least one VET provider among the applicants. */
export const consortiumVetRequired = requiredType({
  id: 'consortium.vet-required',
  type: 'vet',
  summary: 'consortium.vet-required.summary',
  required: (ctx) => ctx.lot.composition.vetRequired,
  messageKey: 'consortium.vet-required.failed',
  fixKey: 'consortium.vet-required.fix',
});
