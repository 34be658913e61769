import { fail, finding, notApplicable, pass, typeSet } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** An HEI established in an EU Member State or associated third country holds an ECHE. */
export const participantEcheRequired: EligibilityRule = {
  id: 'participant.eche-required',
  severity: 'error',
  summary: 'participant.eche-required.summary',
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
    if (concerned.length === 0) return notApplicable('no-hei-needing-eche');
    const missing = concerned.filter((p) => !p.eche);
    const facts = { concerned: concerned.length, withoutEche: missing.map((p) => p.name) };
    if (missing.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      missing.map((p) =>
        finding(
          'participant.eche-required.failed',
          'participant.eche-required.fix',
          { name: p.name, country: p.countryCode, group: p.group },
          {
            facts: { name: p.name, country: p.countryCode, role: p.role },
            field: `participants[${p.index}].eche`,
          },
        ),
      ),
    );
  },
};
