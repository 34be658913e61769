import { fail, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Every participant names a country the catalogue knows (ISO 3166-1 alpha-2, EL, UK, XK). */
export const participantCountry: EligibilityRule = {
  id: 'participant.country',
  severity: 'error',
  summary: {
    en: 'Every participant names a known country',
    da: 'Alle deltagere angiver et kendt land',
  },
  evaluate(ctx) {
    const basis = ctx.catalogue.countryNames;
    const unknown = ctx.participants.filter((p) => p.country === undefined);
    const facts = { unknown: unknown.map((p) => ({ name: p.name, country: p.countryCode })) };
    if (unknown.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      unknown.map((p) => ({
        message: {
          en: `${p.name}: "${p.countryCode}" is not a known country code.`,
          da: `${p.name}: "${p.countryCode}" er ikke en kendt landekode.`,
        },
        fix: {
          en: 'Use the two-letter ISO 3166-1 code of the country where the organisation is established (EL and UK are accepted for Greece and the United Kingdom, XK for Kosovo).',
          da: 'Brug den tobogstavs ISO 3166-1-kode for det land, hvor organisationen er etableret (EL og UK accepteres for Grækenland og Storbritannien, XK for Kosovo).',
        },
        facts: { name: p.name, country: p.countryCode },
        field: `participants[${p.index}].country`,
      })),
    );
  },
};
