/**
 * The shapes the officer's evaluation pages read from the API (src/server/routes/evaluation/*),
 * written out here so the browser bundle depends on the HTTP contract only. Engine types are
 * shared, as the engines run in the browser too.
 */
import type { AssignmentResult } from '../../../engine/assignment/types.ts';
import type { CriterionId, LotId } from '../../../engine/call-definition/types.ts';
import type { Finding } from '../../../engine/eligibility/types.ts';
import type { ChairFlag } from '../../../engine/evaluation/types.ts';
import type { RankingComparison } from '../../../engine/ranking/compare.ts';
import type { Ranking } from '../../../engine/ranking/types.ts';

export type ScreeningDecision = 'eligible' | 'ineligible';

export interface ScreeningItem {
  proposalId: string;
  acronym: string;
  title: string;
  lot: string;
  ecosystem: string | null;
  requestedGrant: number;
  coordinator: { name: string; country: string } | null;
  participants: number;
  submission: { number: number; submittedAt: string };
  engine: { eligible: boolean; findings: Finding[] };
  decision: {
    decision: ScreeningDecision;
    overridden: boolean;
    reason: string;
    decidedBy: string;
    decidedAt: string;
  } | null;
}

export interface ScreeningResult {
  decision: ScreeningDecision;
  overridden: boolean;
  reason: string;
  engineEligible: boolean;
  submission: number;
}

export interface Expert {
  id: string;
  accountId: string | null;
  name: string;
  email: string;
  country: string;
  employerPic: string | null;
  topics: string[];
  lots: string[];
  languages: string[];
  maxLoad: number;
  version: number;
}

export type ExpertInput = Omit<Expert, 'id' | 'accountId' | 'version'>;

export type ConflictKind = 'employer-takes-part' | 'declared' | 'coordinator-country' | 'pinned';

export interface PairConflict {
  expertId: string;
  proposalId: string;
  reasons: { kind: ConflictKind; detail: string }[];
  lifted?: { reason: string; decidedBy: string; decidedAt: string };
  active: boolean;
}

export interface ConflictsView {
  countryConflict: boolean;
  conflicts: PairConflict[];
}

export interface EvaluationSettings {
  callId: string;
  expertsPerProposal: number;
  countryConflict: boolean;
  spreadPoints: number;
  nearThresholdPoints: number;
  version: number;
}

export interface AssignmentProposal {
  result: AssignmentResult;
  settings: EvaluationSettings;
  proposals: {
    id: string;
    acronym: string;
    lot: string;
    topics: string[];
    coordinatorCountry: string | null;
  }[];
  experts: { id: string; name: string; country: string; topics: string[]; lots: string[]; maxLoad: number }[];
  conflicts: PairConflict[];
  current: {
    proposalId: string;
    expertId: string;
    rapporteur: boolean;
    manual: boolean;
    reason: string | null;
  }[];
}

export type EvaluationStatus = 'not-started' | 'draft' | 'submitted';

export interface ProgressItem {
  proposalId: string;
  acronym: string;
  lot: string;
  screening: ScreeningDecision | null;
  experts: {
    expertId: string;
    name: string;
    rapporteur: boolean;
    manual: boolean;
    matched: string[];
    declaration: 'no-conflict' | 'conflict' | 'pending';
    evaluation: EvaluationStatus | string;
  }[];
  consensus: 'draft' | 'agreed' | string | null;
  /** The chair's flags; null while no expert is assigned. */
  flags: ChairFlag[] | null;
}

export interface RankingRequest {
  envelopes: Partial<Record<LotId, number>>;
  overallThreshold?: number;
  criterionThresholds?: Partial<Record<CriterionId, number>>;
}

export interface Simulation {
  ranking: Ranking;
  pending: { id: string; acronym: string }[];
  acronyms: Record<string, string>;
  comparedWith: 'confirmed' | null;
  changes: RankingComparison | null;
}

export interface ConfirmedRanking {
  id: string;
  envelopes: Partial<Record<LotId, number>>;
  overrides: { overallThreshold?: number; criterionThresholds?: Partial<Record<CriterionId, number>> };
  ranking: Ranking;
  confirmedAt: string;
  reportsSentAt: string | null;
  acronyms: Record<string, string>;
}
