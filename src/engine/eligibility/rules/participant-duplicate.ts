import { fail, finding, notApplicable, org, pass } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * The same organisation entered twice (the same PIC, or the same legal name in the same
 * country). It counts once toward every minimum (./context.ts); this warning names both entries.
 */
export const participantDuplicate: EligibilityRule = {
  id: 'participant.duplicate',
  severity: 'warning',
  summary: 'participant.duplicate.summary',
  evaluate(ctx) {
    const basis = ctx.call.participation.organisationOnce;
    if (!basis) return notApplicable('no-identification-rule');
    const findings: FindingDraft[] = [];
    const pairs: Record<string, unknown>[] = [];
    let byIndex: Map<number, (typeof ctx.participants)[number]> | undefined;
    // In name order, like every other rule, so that findings do not depend on the input's order.
    for (const later of ctx.participants) {
      if (later.duplicateOf < 0) continue;
      byIndex ??= new Map(ctx.participants.map((p) => [p.index, p]));
      const first = byIndex.get(later.duplicateOf)!;
      const samePic = first.pic !== undefined && first.pic === later.pic;
      // Names, not input positions: the finding does not change with the order of the list.
      const facts = {
        first: { name: first.name, country: first.countryCode, role: first.role },
        second: { name: later.name, country: later.countryCode, role: later.role },
        pic: samePic ? later.pic : undefined,
        sameBy: samePic ? 'pic' : 'legal-name-and-country',
      };
      pairs.push(facts);
      findings.push(
        finding(
          'participant.duplicate.failed',
          'participant.duplicate.fix',
          { first: org(first), second: org(later), pic: samePic ? later.pic : undefined },
          { facts, field: `participants[${later.index}]` },
        ),
      );
    }
    if (findings.length === 0) return pass(basis, { duplicates: [] });
    return fail(basis, { duplicates: pairs }, findings);
  },
};
