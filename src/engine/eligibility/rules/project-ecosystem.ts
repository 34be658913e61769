import { ecosystemNames, fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Lot 2: the proposal addresses exactly one of the 14 industrial ecosystems. */
export const projectEcosystem: EligibilityRule = {
  id: 'project.ecosystem',
  severity: 'error',
  summary: {
    en: 'The proposal names one of the industrial ecosystems',
    da: 'Forslaget angiver et af de industrielle økosystemer',
  },
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemRequired;
    if (!basis.value) return notApplicable('the lot does not require an ecosystem');
    const allowed = ctx.call.ecosystems.value;
    const written = ctx.proposal.ecosystem;
    const facts = { ecosystem: written ?? null, resolved: ctx.ecosystemId ?? null, allowed };
    if (ctx.ecosystemId && allowed.includes(ctx.ecosystemId as (typeof allowed)[number]))
      return pass(basis, facts);
    const ids = allowed.join(', ');
    const fix = {
      en: `Choose the one ecosystem the alliance addresses: ${ids}.`,
      da: `Vælg det ene økosystem, alliancen handler om: ${ecosystemNames(ctx, allowed, 'da')}.`,
    };
    if (written === undefined || written.trim() === '') {
      return fail(basis, facts, [
        {
          message: {
            en: `${ctx.lotLabel.en} proposals address exactly one of the ${allowed.length} industrial ecosystems; none is given.`,
            da: `Forslag under ${ctx.lotLabel.da} handler om præcis ét af de ${allowed.length} industrielle økosystemer; der er ikke angivet noget.`,
          },
          fix,
          field: 'ecosystem',
        },
      ]);
    }
    return fail(basis, facts, [
      {
        message: {
          en: `"${written}" is not one of the ${allowed.length} industrial ecosystems of the ${ctx.call.year} call.`,
          da: `"${written}" er ikke et af de ${allowed.length} industrielle økosystemer i ${ctx.call.year}-indkaldelsen.`,
        },
        fix,
        field: 'ecosystem',
      },
    ]);
  },
};
