import type {
  CallDefinition,
  Catalogue,
  Country,
  CountryGroup,
  Lang,
  Localised,
  LotDefinition,
  Role,
} from '../call-definition/types.ts';
import type { ProposalInput } from './proposal-input.ts';
import { byName, typeIndexOf } from './rule-kit.ts';
import type { EligibilityContext, ParticipantView } from './types.ts';

/**
 * What the engine looks up for every participant of a call, built once per call definition
 * (definitions are read-only once built) so that a check does no list scans: the applicant's
 * browser runs it on every keystroke.
 */
interface CallLookups {
  /** Written code (upper case, aliases included) → catalogue code and its group in this call. */
  countries: Map<string, KnownCountry>;
  countedRoles: Set<Role>;
  /** How many catalogue codes there are: the places `countsAs` can take. */
  countryCount: number;
  /** The distinct countries of some participants (EligibilityContext.countriesOf). */
  countriesOf(participants: readonly ParticipantView[]): string[];
}

interface KnownCountry {
  code: string;
  group: CountryGroup;
  country: Country;
  /** The place in code order of the country it counts as (a territory counts as its Member State). */
  ordinal: number;
}

const lookups = new WeakMap<CallDefinition, CallLookups>();

function lookupsFor(call: CallDefinition, catalogue: Catalogue): CallLookups {
  let found = lookups.get(call);
  if (found) return found;
  const memberStates = new Set(call.countries.memberStates.value);
  const associated = new Set(call.countries.associated.value);
  const excluded = new Set(call.countries.excluded.value);
  const groupOf = (code: string): CountryGroup => {
    if (excluded.has(code)) return 'excluded';
    if (memberStates.has(code)) return 'member-state';
    if (associated.has(code)) return 'associated';
    // A part of a Member State (outermost region, Åland) is the EU; an overseas country or
    // territory takes part with the status of its Member State.
    const country = catalogue.countries[code];
    const parent = country?.partOf ?? country?.territoryOf;
    if (parent && memberStates.has(parent)) return 'member-state';
    return 'third-country';
  };
  const codes = Object.keys(catalogue.countries).sort();
  const ordinals = new Map(codes.map((code, i) => [code, i]));
  const countries = new Map<string, KnownCountry>();
  for (const code of codes) {
    const country = catalogue.countries[code]!;
    const countsAs = country.partOf ?? country.territoryOf ?? code;
    countries.set(code, { code, group: groupOf(code), country, ordinal: ordinals.get(countsAs) ?? -1 });
  }
  for (const [alias, code] of Object.entries(catalogue.countryAliases))
    countries.set(alias, countries.get(code)!);
  found = {
    countries,
    countedRoles: new Set(call.participation.countedRoles.value),
    countriesOf: (participants) => countriesOf(participants, codes),
    countryCount: codes.length,
  };
  lookups.set(call, found);
  return found;
}

/** "EL" → "GR", " dk " → "DK": the catalogue code for what an applicant wrote, if any. */
export function normaliseCountryCode(catalogue: Catalogue, written: string): string {
  const upper = written.trim().toUpperCase();
  return catalogue.countryAliases[upper] ?? upper;
}

/** Where a country stands in a call: Member State, associated, excluded or another third country. */
export function countryGroup(
  call: CallDefinition,
  catalogue: Catalogue,
  code: string,
): CountryGroup | undefined {
  return lookupsFor(call, catalogue).countries.get(code)?.group;
}

const ecosystemNames = new WeakMap<Catalogue, Map<string, string>>();

/** The ecosystem id for an id or one of its names or aliases, case-insensitively. */
export function resolveEcosystem(catalogue: Catalogue, written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  let names = ecosystemNames.get(catalogue);
  if (!names) {
    names = new Map();
    for (const e of Object.values(catalogue.ecosystems)) {
      for (const name of [e.id, e.name.en, e.name.da, ...e.aliases]) names.set(name.toLowerCase(), e.id);
    }
    ecosystemNames.set(catalogue, names);
  }
  // Most proposals write the id itself: look it up before normalising.
  return names.get(written) ?? names.get(written.trim().toLowerCase());
}

const lotLabels = new WeakMap<LotDefinition, Localised>();

/** "Lot 1", made once per lot: the check runs on every keystroke and allocates only what varies. */
function lotLabelOf(lot: LotDefinition): Localised {
  let label = lotLabels.get(lot);
  if (!label) {
    const text = `Lot ${lot.id.replace(/^lot/, '')}`;
    label = { en: text, da: text };
    lotLabels.set(lot, label);
  }
  return label;
}

interface Names {
  countryName(code: string, lang: Lang): string;
  typeName(type: string, lang: Lang): string;
}
const namesByCatalogue = new WeakMap<Catalogue, Names>();

function namesFor(catalogue: Catalogue): Names {
  let names = namesByCatalogue.get(catalogue);
  if (!names) {
    names = {
      countryName: (code, lang) => catalogue.countries[code]?.name[lang] ?? code,
      typeName: (type, lang) => catalogue.organisationTypes[type]?.[lang] ?? type,
    };
    namesByCatalogue.set(catalogue, names);
  }
  return names;
}

export function buildContext(
  catalogue: Catalogue,
  call: CallDefinition,
  lot: LotDefinition,
  proposal: ProposalInput,
): EligibilityContext {
  const { countries, countedRoles, countriesOf, countryCount } = lookupsFor(call, catalogue);
  const participants: ParticipantView[] = [];
  const inputs = proposal.participants;
  for (let index = 0; index < inputs.length; index++) {
    const p = inputs[index]!;
    // Most codes arrive as the catalogue writes them: look them up before normalising.
    const written = countries.get(p.country);
    const code = written ? p.country : p.country.trim().toUpperCase();
    const known = written ?? countries.get(code);
    const countedRole = countedRoles.has(p.role);
    const typeIndex = typeIndexOf(p.type);
    // Every view has the same fields in the same order: the rules read them on every keystroke.
    participants.push({
      index,
      name: p.name,
      type: p.type,
      typeIndex,
      role: p.role,
      eche: p.eche === true,
      countryCode: known ? known.code : code,
      country: known?.country,
      group: known?.group,
      countsAs: known ? known.ordinal : -1,
      countedRole,
      // An organisation from an excluded or unknown country cannot make up a minimum.
      counted: countedRole && known !== undefined && known.group !== 'excluded',
      pic: p.pic,
      publiclyOwned: p.publiclyOwned === true,
      restriction: p.restriction,
      duplicateOf: -1,
    });
  }
  // Rules list participants by name, so their findings never depend on the input's order.
  sortByName(participants);
  markDuplicates(participants, countryCount);
  const countedApplicants: ParticipantView[] = [];
  const coordinators: ParticipantView[] = [];
  for (const p of participants) {
    if (p.counted) countedApplicants.push(p);
    if (p.role === 'coordinator') coordinators.push(p);
  }
  const names = namesFor(catalogue);
  const ctx: EligibilityContext = {
    catalogue,
    call,
    lot,
    proposal,
    participants,
    countedApplicants,
    coordinators,
    lotLabel: lotLabelOf(lot),
    countryName: names.countryName,
    typeName: names.typeName,
    countriesOf,
    // Always present, so that every context has one shape whatever the lot.
    ecosystemId: resolveEcosystem(catalogue, proposal.ecosystem),
  };
  return ctx;
}

/**
 * The same organisation entered twice (the same PIC, or the same legal name in the same country)
 * counts once: each later entry in name order points at the first, and does not count when an
 * entry for the same organisation already does. Runs on the views sorted by name, so the entry
 * kept does not depend on the input's order.
 */
function markDuplicates(participants: ParticipantView[], countryCount: number): void {
  let anyPic = false;
  for (const p of participants) if (p.pic !== undefined) anyPic = true;
  // With a PIC anywhere, any two entries may be the same organisation: compare every pair.
  if (anyPic) {
    for (let i = 1; i < participants.length; i++)
      for (let j = 0; j < i; j++) markIfSame(participants[i]!, participants[j]!, true, false);
    return;
  }
  // Otherwise only entries of one country can be the same organisation. The check runs on every
  // keystroke: chain each entry to the one before it in its country, and compare along the chains.
  const slots = countryCount + 1;
  if (lastInCountry.length < slots) lastInCountry = new Int32Array(slots).fill(-1);
  const previous = new Int32Array(participants.length);
  for (let i = 0; i < participants.length; i++) {
    const slot = participants[i]!.countsAs >= 0 ? participants[i]!.countsAs : countryCount;
    previous[i] = lastInCountry[slot]!;
    lastInCountry[slot] = i;
    // Along the chain the entries come latest first: the last match is the first in name order.
    for (let j = previous[i]!; j >= 0; j = previous[j]!)
      markIfSame(participants[i]!, participants[j]!, false, true);
  }
  for (const p of participants) lastInCountry[p.countsAs >= 0 ? p.countsAs : countryCount] = -1;
}

/** Scratch for markDuplicates, all -1 between checks: the last entry seen per country. */
let lastInCountry = new Int32Array(0);

/** Marks `p` as a duplicate of `q`, an entry before it in name order, if they are the same organisation. */
function markIfSame(p: ParticipantView, q: ParticipantView, byPic: boolean, latestFirst: boolean): void {
  const same =
    (p.countryCode === q.countryCode && sameLegalName(p.name, q.name)) ||
    (byPic && p.pic !== undefined && p.pic === q.pic);
  if (!same) return;
  // The first entry in name order is the one the later ones point at.
  if (p.duplicateOf < 0 || latestFirst) p.duplicateOf = q.index;
  if (q.counted) p.counted = false;
}

function sameLegalName(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbered or similar names ("Alliance member 01" / "… 02") differ at their last letter.
  const x = lastLetter(a);
  const y = lastLetter(b);
  if (x !== y && x <= 127 && y <= 127) return false;
  // Walk both names at once, blanks collapsed and ASCII letters folded: no string is built, and
  // names that differ ("Alliance member 01" / "… 02") are told apart at their first difference.
  // Only a difference outside ASCII goes to the full comparison.
  let i = skipBlanks(a, 0);
  let j = skipBlanks(b, 0);
  while (i < a.length && j < b.length) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(j);
    if (x <= 32 && y <= 32) {
      i = skipBlanks(a, i);
      j = skipBlanks(b, j);
      continue;
    }
    if (x >= 65 && x <= 90) x |= 32;
    if (y >= 65 && y <= 90) y |= 32;
    if (x !== y) return (x > 127 || y > 127) && legalName(a) === legalName(b);
    i++;
    j++;
  }
  return skipBlanks(a, i) === a.length && skipBlanks(b, j) === b.length;
}

/** The last non-blank character, ASCII letters in lower case; -1 for a blank name. */
function lastLetter(s: string): number {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c > 32) return c >= 65 && c <= 90 ? c | 32 : c;
  }
  return -1;
}

function skipBlanks(s: string, from: number): number {
  let k = from;
  while (k < s.length && s.charCodeAt(k) <= 32) k++;
  return k;
}

/** "  Aarhus   UNIVERSITY " → "aarhus university": a legal name compared as people read it. */
export function legalName(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/**
 * The distinct countries of these participants in code order, a territory as its Member State.
 * A bit per catalogue code, read back in code order: no string is compared, and this runs on
 * every keystroke.
 */
function countriesOf(participants: readonly ParticipantView[], codes: readonly string[]): string[] {
  const bits = new Int32Array((codes.length + 31) >> 5);
  for (const p of participants) if (p.countsAs >= 0) bits[p.countsAs >> 5]! |= 1 << (p.countsAs & 31);
  const out: string[] = [];
  for (let word = 0; word < bits.length; word++) {
    let w = bits[word]!;
    while (w !== 0) {
      const lowest = w & -w;
      out.push(codes[(word << 5) + 31 - Math.clz32(lowest)]!);
      w ^= lowest;
    }
  }
  return out;
}

/**
 * Sorts in place, stably, by name. A consortium has tens of participants, often already in name
 * order: an insertion sort then costs one comparison each, a fraction of the built-in sort's
 * set-up. Long lists go to the built-in sort.
 */
function sortByName(participants: ParticipantView[]): void {
  if (participants.length > 64) {
    participants.sort(byName);
    return;
  }
  for (let i = 1; i < participants.length; i++) {
    const p = participants[i]!;
    let j = i;
    while (j > 0 && byName(participants[j - 1]!, p) > 0) {
      participants[j] = participants[j - 1]!;
      j--;
    }
    participants[j] = p;
  }
}
