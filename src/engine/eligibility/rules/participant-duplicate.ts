import { fail, notApplicable, pass, who } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * The same organisation entered twice (the same PIC, or the same legal name in the same
 * country). It counts once toward every minimum (./context.ts); this warning names both entries.
 */
export const participantDuplicate: EligibilityRule = {
  id: 'participant.duplicate',
  severity: 'warning',
  summary: {
    en: 'Every organisation is entered once',
    da: 'Hver organisation er opført én gang',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.organisationOnce;
    if (!basis) return notApplicable('the call definition does not say how organisations are identified');
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
      findings.push({
        message: {
          en: `${who(first)} and ${who(later)} are the same organisation (${samePic ? `the same PIC ${later.pic}` : 'the same legal name in the same country'}); it counts once toward every minimum.`,
          da: `${who(first)} og ${who(later)} er den samme organisation (${samePic ? `samme PIC ${later.pic}` : 'samme juridiske navn i samme land'}); den tæller kun én gang med i hvert minimum.`,
        },
        fix: {
          en: `Remove one of the two entries; if they are different organisations, correct the PIC or the legal name.`,
          da: `Fjern den ene af de to; er det to forskellige organisationer, så ret PIC-nummeret eller det juridiske navn.`,
        },
        facts,
        field: `participants[${later.index}]`,
      });
    }
    if (findings.length === 0) return pass(basis, { duplicates: [] });
    return fail(basis, { duplicates: pairs }, findings);
  },
};
