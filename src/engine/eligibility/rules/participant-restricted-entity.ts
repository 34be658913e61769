import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * An organisation the registry flags (from 16 December 2022: one maintained by a Hungarian
 * public-interest trust) may apply and be evaluated, but no grant agreement can be signed with
 * it: a warning, so the consortium plans for it before it is selected.
 */
export const participantRestrictedEntity: EligibilityRule = {
  id: 'participant.restricted-entity',
  severity: 'warning',
  summary: 'participant.restricted-entity.summary',
  evaluate(ctx) {
    const basis = ctx.call.participation.restrictedEntities;
    if (!basis) return notApplicable('no-restricted-entities');
    const findings: FindingDraft[] = [];
    const hits: Record<string, unknown>[] = [];
    for (const p of ctx.participants) {
      if (p.restriction === undefined) continue;
      const rule = basis.value.find((r) => r.restriction === p.restriction);
      if (!rule) continue;
      const facts = { name: p.name, country: p.countryCode, restriction: p.restriction, from: rule.from };
      hits.push(facts);
      findings.push(
        finding(
          'participant.restricted-entity.failed',
          'participant.restricted-entity.fix',
          { name: p.name, country: p.countryCode, from: rule.from },
          { facts, field: `participants[${p.index}]` },
        ),
      );
    }
    if (findings.length === 0) return pass(basis, { participants: [] });
    return fail(basis, { participants: hits }, findings);
  },
};
