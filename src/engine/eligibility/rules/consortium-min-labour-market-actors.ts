import { minimumOfTypes } from './minimum-of-types.ts';

/** At least 3 (Lot 1) / 5 (Lot 2) labour-market actors among the applicants. */
export const consortiumMinLabourMarketActors = minimumOfTypes({
  id: 'consortium.min-labour-market-actors',
  summary: 'consortium.min-labour-market-actors.summary',
  minimum: (ctx) => ctx.lot.composition.minLabourMarketActors,
  types: (ctx) => ctx.call.organisationTypes.labourMarketActors,
  messageKey: 'consortium.min-labour-market-actors.failed',
  fixKey: 'consortium.min-labour-market-actors.fix',
});
