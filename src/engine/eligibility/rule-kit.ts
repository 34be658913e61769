/** Small helpers the rule files share for wording their findings. */
import type { CountryGroup, Lang, Sourced } from '../call-definition/types.ts';
import { listAnd } from '../i18n/format.ts';
import type { EligibilityContext, FindingDraft, ParticipantView, RuleEvaluation } from './types.ts';

export function pass(basis: Sourced<unknown>, facts: Record<string, unknown> = {}): RuleEvaluation {
  return { outcome: 'pass', basis, facts };
}

export function fail(
  basis: Sourced<unknown>,
  facts: Record<string, unknown>,
  findings: FindingDraft[],
): RuleEvaluation {
  return { outcome: 'fail', basis, facts, findings };
}

export function notApplicable(reason: string): RuleEvaluation {
  return { outcome: 'not-applicable', facts: { reason } };
}

/** "Porto VET School (PT)". */
export function who(p: ParticipantView): string {
  return `${p.name} (${p.countryCode})`;
}

/** "Denmark, Germany and France" in the given language. */
export function countryNames(ctx: EligibilityContext, codes: readonly string[], lang: Lang): string {
  return listAnd(
    codes.map((c) => ctx.countryName(c, lang)),
    lang,
  );
}

const GROUP_PHRASES: Record<CountryGroup, Record<Lang, string>> = {
  'member-state': { en: 'an EU Member State', da: 'en EU-medlemsstat' },
  associated: {
    en: 'a third country associated to the programme',
    da: 'et tredjeland associeret til programmet',
  },
  'third-country': {
    en: 'a third country not associated to the programme',
    da: 'et tredjeland, der ikke er associeret til programmet',
  },
  excluded: {
    en: 'a country excluded from this call',
    da: 'et land, der er udelukket fra denne indkaldelse',
  },
};

export function groupPhrase(group: CountryGroup | undefined, lang: Lang): string {
  if (group === undefined) return lang === 'en' ? 'an unknown country' : 'et ukendt land';
  return GROUP_PHRASES[group][lang];
}

/** Participants sorted by name then country, so findings never depend on input order. */
export function byName(a: ParticipantView, b: ParticipantView): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.countryCode !== b.countryCode) return a.countryCode < b.countryCode ? -1 : 1;
  return 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** A plain-data view of a participant for `facts`. */
export function participantFact(p: ParticipantView): Record<string, unknown> {
  return { name: p.name, country: p.countryCode, type: p.type, role: p.role };
}
