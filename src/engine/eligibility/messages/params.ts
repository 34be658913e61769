/**
 * The facts the eligibility messages are written from, shared by the catalogues of both
 * languages. Names that depend on the language (a country, an organisation type, a lot) come
 * from the call definition's catalogues as `Localised` data; numbers, codes and the applicant's
 * own names come as written.
 */
import type { CountryGroup, Localised } from '../../call-definition/types.ts';

/** An organisation as a message names it: "Porto VET School (PT)". */
export interface Org {
  name: string;
  country: string;
}

export interface LotParams {
  lot: Localised;
}

/** "Enterprise (SME, large or social enterprise)" → "enterprise": the name as it reads inside a sentence. */
export function shortTypeName(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)/g, '');
  return /^[A-ZÆØÅ][a-zæøå]/.test(bare) ? bare[0]!.toLowerCase() + bare.slice(1) : bare;
}

/** "Porto VET School (PT)". */
export function who(p: Org): string {
  return `${p.name} (${p.country})`;
}

/** "A (DK), B (DE)": the organisations as the findings list them. */
export function whoList(orgs: readonly Org[]): string {
  return orgs.map(who).join(', ');
}

export interface MinimumOfTypesFailed extends LotParams {
  count: number;
  required: number;
  members: string[];
}

export interface MinimumOfTypesFix {
  missing: number;
  /** The names of the types that count, in the message's language. */
  types: Localised[];
  /** Associated partners or affiliated entities of a counting type. */
  asPartners: Org[];
  /** The types of applicants that count in no category. */
  otherTypes: Localised[];
}

export interface RequiredTypeFix {
  asPartners: Org[];
}

export interface GroupParams {
  /** undefined for an unknown country code. */
  group: CountryGroup | undefined;
}

/** A local date and time in a named zone: "2025-03-06", "17:00", "Europe/Brussels". */
export interface LocalInstant {
  date: string;
  time: string;
  timeZone: string;
}
