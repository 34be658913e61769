/**
 * Small helpers the rule files share: naming a finding by its keys and facts, the names a
 * message needs in both languages, and asking a participant's type.
 */
import {
  type Localised,
  ORGANISATION_TYPES,
  type OrganisationType,
  type Sourced,
} from '../call-definition/types.ts';
import type { EligibilityMessageKey, EligibilityParams } from './messages/index.ts';
import type { Org } from './messages/params.ts';
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

/** `reason` is a code for the record ("no-budget"), not a sentence: outcomes are read by programs. */
export function notApplicable(reason: string): RuleEvaluation {
  return { outcome: 'not-applicable', facts: { reason } };
}

/**
 * A finding by its message and fix keys, with the facts both are written from: the compiler
 * checks the facts against what each key's sentence needs in the catalogues (./messages).
 */
export function finding<M extends EligibilityMessageKey, F extends EligibilityMessageKey>(
  messageKey: M,
  fixKey: F,
  params: EligibilityParams<M> & EligibilityParams<F>,
  where: { field?: string; facts?: Record<string, unknown> } = {},
): FindingDraft {
  const draft: FindingDraft = { messageKey, fixKey, params: params as object };
  if (where.facts) draft.facts = where.facts;
  if (where.field) draft.field = where.field;
  return draft;
}

/** A participant as a message names it: its name and country code. */
export function org(p: ParticipantView): Org {
  return { name: p.name, country: p.countryCode };
}

/** A country's name in both languages, from the catalogue. */
export function countryName(ctx: EligibilityContext, code: string): Localised {
  return { en: ctx.countryName(code, 'en'), da: ctx.countryName(code, 'da') };
}

/** An organisation type's name in both languages, from the catalogue. */
export function typeName(ctx: EligibilityContext, type: string): Localised {
  return { en: ctx.typeName(type, 'en'), da: ctx.typeName(type, 'da') };
}

/** An ecosystem's name in both languages, from the catalogue; its id where the catalogue lacks it. */
export function ecosystemName(ctx: EligibilityContext, id: string): Localised {
  return ctx.catalogue.ecosystems[id]?.name ?? { en: id, da: id };
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
