import { fail, finding, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** One organisation applies on behalf of the whole alliance: exactly one coordinator. */
export const coordinatorCount: EligibilityRule = {
  id: 'coordinator.count',
  severity: 'error',
  summary: 'coordinator.count.summary',
  evaluate(ctx) {
    const basis = ctx.call.participation.coordinators;
    const coordinators = ctx.coordinators;
    const names = coordinators.map((p) => p.name);
    const facts = { coordinators: names, required: basis.value };
    if (coordinators.length === basis.value) return pass(basis, facts);
    if (coordinators.length === 0) {
      return fail(basis, facts, [
        finding('coordinator.count.none', 'coordinator.count.none.fix', {}, { field: 'participants' }),
      ]);
    }
    return fail(basis, facts, [
      finding(
        'coordinator.count.several',
        'coordinator.count.several.fix',
        { names, allowed: basis.value },
        { field: `participants[${coordinators[1]!.index}].role` },
      ),
    ]);
  },
};
