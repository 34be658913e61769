import { minimumOfTypes } from './minimum-of-types.ts';

/** At least 3 (Lot 1) / 5 (Lot 2) labour-market actors among the applicants. */
export const consortiumMinLabourMarketActors = minimumOfTypes({
  id: 'consortium.min-labour-market-actors',
  summary: {
    en: 'The applicants include enough labour-market actors',
    da: 'Ansøgerne omfatter nok aktører fra arbejdsmarkedet',
  },
  minimum: (ctx) => ctx.lot.composition.minLabourMarketActors,
  types: (ctx) => ctx.call.organisationTypes.labourMarketActors,
  noun: {
    en: { one: 'labour-market actor', other: 'labour-market actors' },
    da: { one: 'aktør fra arbejdsmarkedet', other: 'aktører fra arbejdsmarkedet' },
  },
});
