import { longDate } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/**
 * An organisation the registry flags (from 16 December 2022: one maintained by a Hungarian
 * public-interest trust) may apply and be evaluated, but no grant agreement can be signed with
 * it: a warning, so the consortium plans for it before it is selected.
 */
export const participantRestrictedEntity: EligibilityRule = {
  id: 'participant.restricted-entity',
  severity: 'warning',
  summary: {
    en: 'No participant is an organisation with which no grant agreement can be signed',
    da: 'Ingen deltager er en organisation, som der ikke kan indgås tilskudsaftale med',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.restrictedEntities;
    if (!basis) return notApplicable('the call has no restricted entities');
    const findings: FindingDraft[] = [];
    const hits: Record<string, unknown>[] = [];
    for (const p of ctx.participants) {
      if (p.restriction === undefined) continue;
      const rule = basis.value.find((r) => r.restriction === p.restriction);
      if (!rule) continue;
      const facts = { name: p.name, country: p.countryCode, restriction: p.restriction, from: rule.from };
      hits.push(facts);
      findings.push({
        message: {
          en: `${p.name} (${p.countryCode}) is maintained by a Hungarian public-interest trust: it may apply, but from ${longDate(rule.from, 'en')} no grant agreement can be signed with it.`,
          da: `${p.name} (${p.countryCode}) drives af en ungarsk almennyttig fond: den kan ansøge, men fra ${longDate(rule.from, 'da')} kan der ikke indgås tilskudsaftale med den.`,
        },
        fix: {
          en: `Plan ${p.name}'s part without an EU grant (for example as an associated partner), or have another organisation take it over.`,
          da: `Planlæg ${p.name}s del uden EU-tilskud (for eksempel som associeret partner), eller lad en anden organisation overtage den.`,
        },
        facts,
        field: `participants[${p.index}]`,
      });
    }
    if (findings.length === 0) return pass(basis, { participants: [] });
    return fail(basis, { participants: hits }, findings);
  },
};
