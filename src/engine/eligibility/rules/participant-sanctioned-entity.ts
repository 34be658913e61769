import { countryName, fail, finding, notApplicable, pass, typeName, typeSet } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * Where a sanction excludes a country's public entities rather than the whole country (2022:
 * Russian entities more than 50 % publicly owned or controlled, education institutions
 * counting as public), no such entity takes part, in any role.
 */
export const participantSanctionedEntity: EligibilityRule = {
  id: 'participant.sanctioned-entity',
  severity: 'error',
  summary: 'participant.sanctioned-entity.summary',
  evaluate(ctx) {
    const basis = ctx.call.participation.sanctionedEntities;
    if (!basis) return notApplicable('no-sanctioned-entities');
    const findings: FindingDraft[] = [];
    const hits: Record<string, unknown>[] = [];
    for (const sanction of basis.value) {
      const publicTypes = typeSet(sanction.publicTypes);
      for (const p of ctx.participants) {
        if (p.countryCode !== sanction.country) continue;
        if (!p.publiclyOwned && !publicTypes.has(p)) continue;
        const facts = {
          name: p.name,
          country: p.countryCode,
          type: p.type,
          publiclyOwned: p.publiclyOwned,
          from: sanction.from,
        };
        hits.push(facts);
        findings.push(
          finding(
            'participant.sanctioned-entity.failed',
            'participant.sanctioned-entity.fix',
            {
              name: p.name,
              country: p.countryCode,
              countryName: countryName(ctx, p.countryCode),
              typeName: typeName(ctx, p.type),
              publiclyOwned: p.publiclyOwned,
              from: sanction.from,
            },
            { facts, field: `participants[${p.index}]` },
          ),
        );
      }
    }
    if (findings.length === 0) return pass(basis, { participants: [] });
    return fail(basis, { participants: hits }, findings);
  },
};
