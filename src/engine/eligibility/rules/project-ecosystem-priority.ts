import { ecosystemName, fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * 2023 Lot 2 (a soft rule): priority goes to ecosystems without an ongoing Blueprint. A
 * proposal elsewhere stays eligible; the warning tells the applicant before the experts do.
 */
export const projectEcosystemPriority: EligibilityRule = {
  id: 'project.ecosystem-priority',
  severity: 'warning',
  summary: 'project.ecosystem-priority.summary',
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemPriority;
    if (!basis) return notApplicable('no-ecosystem-priority');
    if (!ctx.ecosystemId) return notApplicable('no-known-ecosystem');
    const facts = { ecosystem: ctx.ecosystemId, priority: basis.value };
    if (basis.value.includes(ctx.ecosystemId as (typeof basis.value)[number])) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'project.ecosystem-priority.failed',
        'project.ecosystem-priority.fix',
        {
          year: ctx.call.year,
          ecosystemName: ecosystemName(ctx, ctx.ecosystemId),
          priority: basis.value,
          priorityNames: basis.value.map((id) => ecosystemName(ctx, id)),
        },
        { field: 'ecosystem' },
      ),
    ]);
  },
};
