import { fail, groupPhrase, notApplicable, pass, typeSet } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** An HEI established in an EU Member State or associated third country holds an ECHE. */
export const participantEcheRequired: EligibilityRule = {
  id: 'participant.eche-required',
  severity: 'error',
  summary: {
    en: 'Every HEI in an EU Member State or associated third country holds an ECHE',
    da: 'Alle videregående uddannelsesinstitutioner i EU-medlemsstater eller associerede tredjelande har et ECHE',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.eche;
    const rule = basis.value;
    const types = typeSet(rule.types);
    const concerned = ctx.participants.filter(
      (p) =>
        types.has(p) &&
        rule.roles.includes(p.role) &&
        p.group !== undefined &&
        rule.countries.includes(p.group),
    );
    if (concerned.length === 0) return notApplicable('no HEI that needs an ECHE');
    const missing = concerned.filter((p) => !p.eche);
    const facts = { concerned: concerned.length, withoutEche: missing.map((p) => p.name) };
    if (missing.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      missing.map((p) => ({
        message: {
          en: `${p.name} is a higher education institution in ${groupPhrase(p.group, 'en')} (${p.countryCode}) without an Erasmus Charter for Higher Education (ECHE).`,
          da: `${p.name} er en videregående uddannelsesinstitution i ${groupPhrase(p.group, 'da')} (${p.countryCode}) uden et Erasmus Charter for Higher Education (ECHE).`,
        },
        fix: {
          en: `Confirm that ${p.name} holds a valid ECHE (eche: true), or replace it by an HEI that does.`,
          da: `Bekræft, at ${p.name} har et gyldigt ECHE, eller erstat den med en institution, der har et.`,
        },
        facts: { name: p.name, country: p.countryCode, role: p.role },
        field: `participants[${p.index}].eche`,
      })),
    );
  },
};
