import { requiredType } from './required-type.ts';

/** At least one higher education institution among the applicants. */
export const consortiumHeiRequired = requiredType({
  id: 'consortium.hei-required',
  type: 'hei',
  summary: 'consortium.hei-required.summary',
  required: (ctx) => ctx.lot.composition.heiRequired,
  messageKey: 'consortium.hei-required.failed',
  fixKey: 'consortium.hei-required.fix',
});
