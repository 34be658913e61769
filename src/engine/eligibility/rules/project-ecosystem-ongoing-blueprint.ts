import { ecosystemName, fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * 2024 Lot 2 (a soft rule): where a Blueprint is ongoing in the chosen ecosystem, the proposal
 * must cover clearly different fields or areas. The engine cannot read the narrative, so it warns.
 */
export const projectEcosystemOngoingBlueprint: EligibilityRule = {
  id: 'project.ecosystem-ongoing-blueprint',
  severity: 'warning',
  summary: 'project.ecosystem-ongoing-blueprint.summary',
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemsWithOngoingBlueprint;
    if (!basis) return notApplicable('no-ongoing-blueprints');
    if (!ctx.ecosystemId) return notApplicable('no-known-ecosystem');
    const facts = { ecosystem: ctx.ecosystemId, ongoing: basis.value };
    if (!basis.value.includes(ctx.ecosystemId as (typeof basis.value)[number])) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'project.ecosystem-ongoing-blueprint.failed',
        'project.ecosystem-ongoing-blueprint.fix',
        { year: ctx.call.year, ecosystemName: ecosystemName(ctx, ctx.ecosystemId) },
        { field: 'ecosystem' },
      ),
    ]);
  },
};
