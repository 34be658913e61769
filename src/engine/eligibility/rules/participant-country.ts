import { fail, finding, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Every participant names a country the catalogue knows (ISO 3166-1 alpha-2, EL, UK, XK). */
export const participantCountry: EligibilityRule = {
  id: 'participant.country',
  severity: 'error',
  summary: 'participant.country.summary',
  evaluate(ctx) {
    const basis = ctx.catalogue.countryNames;
    const unknown = ctx.participants.filter((p) => p.country === undefined);
    const facts = { unknown: unknown.map((p) => ({ name: p.name, country: p.countryCode })) };
    if (unknown.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      unknown.map((p) =>
        finding(
          'participant.country.failed',
          'participant.country.fix',
          { name: p.name, country: p.countryCode },
          { facts: { name: p.name, country: p.countryCode }, field: `participants[${p.index}].country` },
        ),
      ),
    );
  },
};
