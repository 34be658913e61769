import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * 2024 Lot 2 (a soft rule): where a Blueprint is ongoing in the chosen ecosystem, the proposal
 * must cover clearly different fields or areas. The engine cannot read the narrative, so it warns.
 */
export const projectEcosystemOngoingBlueprint: EligibilityRule = {
  id: 'project.ecosystem-ongoing-blueprint',
  severity: 'warning',
  summary: {
    en: 'No ongoing Blueprint in the ecosystem, or a clearly different focus',
    da: 'Ingen igangværende Blueprint i økosystemet, eller et tydeligt andet fokus',
  },
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemsWithOngoingBlueprint;
    if (!basis) return notApplicable('the call names no ecosystems with an ongoing Blueprint');
    if (!ctx.ecosystemId) return notApplicable('no known ecosystem given');
    const facts = { ecosystem: ctx.ecosystemId, ongoing: basis.value };
    if (!basis.value.includes(ctx.ecosystemId as (typeof basis.value)[number])) return pass(basis, facts);
    const name = ctx.catalogue.ecosystems[ctx.ecosystemId]?.name;
    return fail(basis, facts, [
      {
        message: {
          en: `A Blueprint is ongoing in ${name?.en ?? ctx.ecosystemId}; the ${ctx.call.year} call requires a proposal there to cover clearly different fields or areas.`,
          da: `Der er en igangværende Blueprint i ${name?.da ?? ctx.ecosystemId}; ${ctx.call.year}-indkaldelsen kræver, at et forslag dér dækker tydeligt andre områder.`,
        },
        fix: {
          en: 'State in the relevance answer how the alliance differs from the ongoing Blueprint in this ecosystem.',
          da: 'Beskriv i svaret om relevans, hvordan alliancen adskiller sig fra den igangværende Blueprint i dette økosystem.',
        },
        field: 'ecosystem',
      },
    ]);
  },
};
