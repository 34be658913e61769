import { longDate } from '../../i18n/format.ts';
import { fail, notApplicable, pass, typeSet } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * Where a sanction excludes a country's public entities rather than the whole country (2022:
 * Russian entities more than 50 % publicly owned or controlled, education institutions
 * counting as public), no such entity takes part, in any role.
 */
export const participantSanctionedEntity: EligibilityRule = {
  id: 'participant.sanctioned-entity',
  severity: 'error',
  summary: {
    en: 'No participant is a public entity that a sanction excludes',
    da: 'Ingen deltager er en offentlig enhed, som en sanktion udelukker',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.sanctionedEntities;
    if (!basis) return notApplicable('the call has no sanction on public entities');
    const findings: FindingDraft[] = [];
    const hits: Record<string, unknown>[] = [];
    for (const sanction of basis.value) {
      const publicTypes = typeSet(sanction.publicTypes);
      for (const p of ctx.participants) {
        if (p.countryCode !== sanction.country) continue;
        if (!p.publiclyOwned && !publicTypes.has(p)) continue;
        const why = {
          en: p.publiclyOwned
            ? 'more than 50 % publicly owned or controlled'
            : `public (${ctx.typeName(p.type, 'en')})`,
          da: p.publiclyOwned
            ? 'mere end 50 % offentligt ejet eller kontrolleret'
            : `offentlig (${ctx.typeName(p.type, 'da')})`,
        };
        const facts = {
          name: p.name,
          country: p.countryCode,
          type: p.type,
          publiclyOwned: p.publiclyOwned,
          from: sanction.from,
        };
        hits.push(facts);
        findings.push({
          message: {
            en: `${p.name} (${p.countryCode}) is ${why.en}; from ${longDate(sanction.from, 'en')} no organisation of that kind from ${ctx.countryName(p.countryCode, 'en')} may take part, in any role.`,
            da: `${p.name} (${p.countryCode}) er ${why.da}; fra ${longDate(sanction.from, 'da')} kan ingen organisation af den slags fra ${ctx.countryName(p.countryCode, 'da')} deltage, uanset rolle.`,
          },
          fix: { en: `Remove ${p.name} from the consortium.`, da: `Fjern ${p.name} fra konsortiet.` },
          facts,
          field: `participants[${p.index}]`,
        });
      }
    }
    if (findings.length === 0) return pass(basis, { participants: [] });
    return fail(basis, { participants: hits }, findings);
  },
};
