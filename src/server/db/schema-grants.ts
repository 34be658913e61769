/** The grant's tables as Kysely sees them: preparation, participants, shares, reports, ledger, amendments. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;
/** jsonb: read as parsed data, written as JSON text (pg and PGlite agree on that). */
type Json<T = unknown> = ColumnType<T, string, string>;

export type GrantStateColumn = 'preparation' | 'confirmed' | 'signed' | 'closed' | 'cancelled';

export interface GrantsTable {
  id: string;
  proposal_id: string;
  call_id: string;
  submission_id: string;
  lot: string;
  state: GrantStateColumn;
  /** The maximum grant amount in whole euros: the sum of the split. */
  amount: number;
  duration_months: number;
  periods: number;
  opened_by: string;
  opened_at: Timestamp;
  confirmed_at: Timestamp | null;
  signed_at: Timestamp | null;
  closed_at: Timestamp | null;
  version: number;
}

export interface GrantParticipantsTable {
  grant_id: string;
  /** The participant id of the proposal (p1, p2, …), or a new one for a participant added later. */
  id: string;
  position: number;
  organisation_id: string | null;
  pic: string | null;
  legal_name: string;
  country: string;
  type: string;
  role: string;
  eche: boolean;
  added_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface GrantWorkPackagesTable {
  grant_id: string;
  id: string;
  number: number;
  title: string;
}

export interface GrantSharesTable {
  grant_id: string;
  participant_id: string;
  work_package_id: string;
  amount: number;
}

export interface GrantBankAccountsTable {
  grant_id: string;
  holder: string;
  iban: string;
  updated_by: string;
  updated_at: Timestamp;
}

export interface GrantReportsTable {
  grant_id: string;
  period: number;
  final: boolean;
  summary: string;
  state: 'submitted' | 'assessed' | 'paid';
  submitted_by: string;
  submitted_at: Timestamp;
  assessed_by: string | null;
  assessed_at: Timestamp | null;
}

export interface GrantAssessmentsTable {
  grant_id: string;
  period: number;
  work_package_id: string;
  status: 'completed' | 'partially-completed' | 'not-completed';
  percent: number | null;
  comment: string;
}

export interface GrantLedgerTable {
  id: string;
  grant_id: string;
  seq: number;
  kind: 'pre-financing' | 'interim' | 'final';
  period: number | null;
  amount: number;
  reason: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface GrantAmendmentsTable {
  id: string;
  grant_id: string;
  kind: 'add' | 'replace' | 'remove';
  participant_id: string;
  replaced_by: string | null;
  findings: Json;
  reason: string;
  decided_by: string;
  decided_at: Timestamp;
}
