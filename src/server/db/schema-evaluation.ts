/** The evaluation's tables as Kysely sees them: settings, screening, experts, conflicts, scores, consensus, ranking. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;
/** jsonb: read as parsed data, written as JSON text (pg and PGlite agree on that). */
type Json<T = unknown> = ColumnType<T, string, string>;

export interface EvaluationSettingsTable {
  call_id: string;
  experts_per_proposal: number;
  country_conflict: boolean;
  spread_points: number;
  near_threshold_points: number;
  version: number;
}

export interface ScreeningsTable {
  proposal_id: string;
  submission_id: string;
  engine_eligible: boolean;
  engine_findings: Json;
  decision: 'eligible' | 'ineligible';
  overridden: boolean;
  reason: string;
  decided_by: string;
  decided_at: Timestamp;
}

export interface ExpertsTable {
  id: string;
  account_id: string | null;
  name: string;
  email: string;
  country: string;
  employer_pic: string | null;
  topics: Json<string[]>;
  lots: Json<string[]>;
  languages: Json<string[]>;
  max_load: number;
  created_at: Timestamp;
  version: number;
}

export interface ConflictOverridesTable {
  expert_id: string;
  proposal_id: string;
  action: 'pin' | 'lift';
  reason: string;
  decided_by: string;
  decided_at: Timestamp;
}

export interface DeclarationsTable {
  expert_id: string;
  proposal_id: string;
  no_conflict: boolean;
  confidentiality: boolean;
  conflict_reason: string | null;
  declared_at: Timestamp;
}

export interface AssignmentsTable {
  proposal_id: string;
  expert_id: string;
  rapporteur: boolean;
  manual: boolean;
  reason: string | null;
  matched: Json<string[]>;
  assigned_by: string;
  assigned_at: Timestamp;
}

export interface IndividualEvaluationsTable {
  id: string;
  proposal_id: string;
  expert_id: string;
  /** { [criterion]: { score: number | null, comment: string } } */
  criteria: Json;
  status: 'draft' | 'submitted';
  version: number;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
}

export interface ConsensusReportsTable {
  proposal_id: string;
  rapporteur_id: string;
  /** { [criterion]: { score: number, comment: string, sources: string[] } } */
  criteria: Json;
  status: 'draft' | 'agreed';
  version: number;
  updated_at: Timestamp;
  agreed_at: Timestamp | null;
  agreed_by: string | null;
}

/** How the chair resolved a flag (migration 0006); a flag without a row is open. */
export interface ChairFlagResolutionsTable {
  proposal_id: string;
  /** src/engine/evaluation/flags.ts, flagKey. */
  flag_key: string;
  /** The flag as the chair saw it when resolving it. */
  flag: Json;
  reason: string;
  resolved_by: string;
  resolved_at: Timestamp;
}

export interface RankingsTable {
  id: string;
  call_id: string;
  envelopes: Json;
  overrides: Json;
  result: Json;
  confirmed_by: string;
  confirmed_at: Timestamp;
  reports_sent_at: Timestamp | null;
}
