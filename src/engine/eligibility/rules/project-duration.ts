import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** The duration is one the lot allows (Lot 1: 24 or 36 months; Lot 2: 48 months). */
export const projectDuration: EligibilityRule = {
  id: 'project.duration',
  severity: 'error',
  summary: 'project.duration.summary',
  evaluate(ctx) {
    // Where the call names only the normal durations, project.duration-normal warns instead.
    if (ctx.lot.durationsNormal?.value === true) return notApplicable('normal-durations-only');
    const basis = ctx.lot.durationsMonths;
    const months = ctx.proposal.durationMonths;
    const facts = { durationMonths: months, allowed: basis.value };
    if (basis.value.includes(months)) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'project.duration.failed',
        'project.duration.fix',
        { months, allowed: basis.value, lot: ctx.lotLabel },
        { field: 'durationMonths' },
      ),
    ]);
  },
};
