import { ecosystemName, fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Lot 2: the proposal addresses exactly one of the 14 industrial ecosystems. */
export const projectEcosystem: EligibilityRule = {
  id: 'project.ecosystem',
  severity: 'error',
  summary: 'project.ecosystem.summary',
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemRequired;
    if (!basis.value) return notApplicable('no-ecosystem-required');
    const allowed = ctx.call.ecosystems.value;
    const written = ctx.proposal.ecosystem;
    const facts = { ecosystem: written ?? null, resolved: ctx.ecosystemId ?? null, allowed };
    if (ctx.ecosystemId && allowed.includes(ctx.ecosystemId as (typeof allowed)[number]))
      return pass(basis, facts);
    const choice = { ecosystems: allowed, ecosystemNames: allowed.map((id) => ecosystemName(ctx, id)) };
    const where = { field: 'ecosystem' };
    if (written === undefined || written.trim() === '') {
      return fail(basis, facts, [
        finding(
          'project.ecosystem.missing',
          'project.ecosystem.fix',
          { ...choice, lot: ctx.lotLabel },
          where,
        ),
      ]);
    }
    return fail(basis, facts, [
      finding(
        'project.ecosystem.unknown',
        'project.ecosystem.fix',
        { ...choice, written, year: ctx.call.year },
        where,
      ),
    ]);
  },
};
