import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * Where the call says projects "normally" last a duration (2026 Lot 3: 24 months), another
 * duration is allowed but has to be explained: a warning, not an error.
 */
export const projectDurationNormal: EligibilityRule = {
  id: 'project.duration-normal',
  severity: 'warning',
  summary: 'project.duration-normal.summary',
  evaluate(ctx) {
    const normal = ctx.lot.durationsNormal;
    if (normal?.value !== true) return notApplicable('listed-durations-only');
    const basis = ctx.lot.durationsMonths;
    const months = ctx.proposal.durationMonths;
    const facts = { durationMonths: months, normal: basis.value };
    if (basis.value.includes(months)) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'project.duration-normal.failed',
        'project.duration-normal.fix',
        { months, usual: basis.value, lot: ctx.lotLabel },
        { field: 'durationMonths' },
      ),
    ]);
  },
};
