import type {
  CallDefinition,
  Catalogue,
  Country,
  CountryGroup,
  Lang,
  Localised,
  LotDefinition,
  OrganisationType,
  Restriction,
  Role,
  Sourced,
} from '../call-definition/types.ts';
import type { EligibilityMessageKey, SummaryKey } from './messages/index.ts';
import type { ProposalInput } from './proposal-input.ts';

export type Severity = 'error' | 'warning';

/** A participant as the rules see it: the input plus where its country stands in this call. */
export interface ParticipantView {
  index: number;
  name: string;
  type: OrganisationType;
  /** The type's place in ORGANISATION_TYPES, for rule-kit's typeSet. */
  typeIndex: number;
  role: Role;
  eche: boolean;
  /** The country code as written, trimmed and upper-cased. */
  countryCode: string;
  /** The catalogue entry; undefined for an unknown code. */
  country?: Country;
  /** undefined for an unknown code. */
  group?: CountryGroup;
  /** Where the country it counts as sorts among the catalogue's codes; -1 for an unknown code. */
  countsAs: number;
  /** The role counts toward the composition minima (the call's `countedRoles`). */
  countedRole: boolean;
  /**
   * A counted role, a known country the call does not exclude, and not an earlier counted
   * entry's duplicate: it makes up the minima.
   */
  counted: boolean;
  /** The Participant Identification Code (9 digits), where given. */
  pic: string | undefined;
  /** More than 50 % publicly owned or controlled, as the applicant declares. */
  publiclyOwned: boolean;
  /** The registry's restriction flag, where the organisation has one. */
  restriction: Restriction | undefined;
  /** The input position (`index`) of an entry before it in name order for the same organisation; -1 when none. */
  duplicateOf: number;
}

/** Everything a rule may read. Built once per check (./context.ts). */
export interface EligibilityContext {
  catalogue: Catalogue;
  call: CallDefinition;
  lot: LotDefinition;
  proposal: ProposalInput;
  /** Every participant, in name order; `index` is the position in the input. */
  participants: ParticipantView[];
  /**
   * The applicants that count toward the minima: a counted role, and a known country that
   * the call does not exclude (an ineligible organisation cannot make up a minimum).
   */
  countedApplicants: ParticipantView[];
  /** The participants whose role is coordinator, in name order (one is allowed). */
  coordinators: ParticipantView[];
  /** The ecosystem id the proposal names (ids and aliases accepted); undefined if none or unknown. */
  ecosystemId: string | undefined;
  lotLabel: Localised;
  countryName(code: string, lang: Lang): string;
  typeName(type: string, lang: Lang): string;
  /** The distinct countries of these participants, sorted, a territory counted as its Member State. */
  countriesOf(participants: readonly ParticipantView[]): string[];
}

/**
 * One thing wrong with the proposal: the rule's message and fix by key, with the facts they are
 * written from, and their text in both languages (rendered from the catalogues when read).
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** The catalogue key of the message, e.g. "consortium.min-countries.failed". */
  messageKey: string;
  message: Localised;
  /** The catalogue key of the fix, e.g. "consortium.min-countries.fix". */
  fixKey?: string;
  fix?: Localised;
  /** The facts the message and the fix are written from (names already in both languages). */
  params: Record<string, unknown>;
  /** The definition value the rule applied, with its sources. */
  basis: Sourced<unknown>;
  facts: Record<string, unknown>;
  /** The input field that fixes it, e.g. "participants[3].country". */
  field?: string;
}

export type Outcome = 'pass' | 'fail' | 'not-applicable';

/** What one rule concluded, whether or not it found anything: the explanation of a verdict. */
export interface RuleOutcome {
  rule: string;
  severity: Severity;
  outcome: Outcome;
  summary: Localised;
  basis?: Sourced<unknown>;
  facts: Record<string, unknown>;
}

/** What a rule found, by message key: no sentence, only the facts the catalogues write it from. */
export interface FindingDraft {
  messageKey: EligibilityMessageKey;
  fixKey: EligibilityMessageKey;
  params: object;
  facts?: Record<string, unknown>;
  field?: string;
}

export type RuleEvaluation =
  | { outcome: 'not-applicable'; facts?: Record<string, unknown> }
  | { outcome: 'pass'; basis: Sourced<unknown>; facts: Record<string, unknown> }
  | { outcome: 'fail'; basis: Sourced<unknown>; facts: Record<string, unknown>; findings: FindingDraft[] };

/**
 * An eligibility rule: one file in ./rules, named by its id. `summary` is the key of the line
 * that says what the rule requires (./messages); `evaluate` reads the context and the call
 * definition, never anything else.
 */
export interface EligibilityRule {
  id: string;
  severity: Severity;
  summary: SummaryKey;
  evaluate(ctx: EligibilityContext): RuleEvaluation;
}

export interface EligibilityResult {
  eligible: boolean;
  call: string;
  lot: string;
  findings: Finding[];
  outcomes: RuleOutcome[];
}
