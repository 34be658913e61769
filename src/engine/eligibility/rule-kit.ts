/** Small helpers the rule files share: wording their findings, and asking a participant's type. */
import {
  type CountryGroup,
  type Lang,
  ORGANISATION_TYPES,
  type OrganisationType,
  type Sourced,
} from '../call-definition/types.ts';
import { listAnd, listOr } from '../i18n/format.ts';
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

/** "Turisme, Digitalt eller Sundhed": ecosystems by their names in the language, never their ids. */
export function ecosystemNames(ctx: EligibilityContext, ids: readonly string[], lang: Lang): string {
  return listOr(
    ids.map((id) => ctx.catalogue.ecosystems[id]?.name[lang] ?? id),
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

const TYPE_INDEX = new Map<string, number>(ORGANISATION_TYPES.map((t, i) => [t, i]));

/** The type's place in ORGANISATION_TYPES; -1 for a type the engine does not know. */
export function typeIndexOf(type: string): number {
  return TYPE_INDEX.get(type) ?? -1;
}

/**
 * A definition's list of organisation types, asked participant by participant without comparing
 * strings: the composition rules ask it of every participant on every keystroke.
 */
export class TypeSet {
  readonly #members: Uint8Array;
  constructor(types: readonly OrganisationType[]) {
    this.#members = new Uint8Array(ORGANISATION_TYPES.length);
    for (const t of types) this.#members[typeIndexOf(t)] = 1;
  }
  has(p: ParticipantView): boolean {
    return this.#members[p.typeIndex] === 1;
  }
}

const typeSets = new WeakMap<readonly OrganisationType[], TypeSet>();

/** The TypeSet of a definition's list, made once per list (definitions are read-only once built). */
export function typeSet(types: readonly OrganisationType[]): TypeSet {
  let set = typeSets.get(types);
  if (!set) {
    set = new TypeSet(types);
    typeSets.set(types, set);
  }
  return set;
}

/** Participants sorted by name then country, so findings never depend on input order. */
export function byName(a: ParticipantView, b: ParticipantView): number {
  // Names mostly differ and often arrive in order: one comparison settles the common case.
  if (a.name < b.name) return -1;
  if (a.name > b.name) return 1;
  if (a.countryCode < b.countryCode) return -1;
  return a.countryCode > b.countryCode ? 1 : 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** A plain-data view of a participant for `facts`. */
export function participantFact(p: ParticipantView): Record<string, unknown> {
  return { name: p.name, country: p.countryCode, type: p.type, role: p.role };
}
