/**
 * The tables as Kysely sees them. The same migrations create them on PGlite and PostgreSQL.
 * JSON columns hold plain data validated by the schemas of src/server/proposals; timestamps are
 * instants (timestamptz).
 */
import type { ColumnType, Generated } from 'kysely';
import type { Restriction } from '../../engine/call-definition/types.ts';
import type {
  AssignmentsTable,
  ChairFlagResolutionsTable,
  ConflictOverridesTable,
  ConsensusReportsTable,
  DeclarationsTable,
  EvaluationSettingsTable,
  ExpertsTable,
  IndividualEvaluationsTable,
  RankingsTable,
  ScreeningsTable,
} from './schema-evaluation.ts';
import type {
  GrantAmendmentsTable,
  GrantAssessmentsTable,
  GrantBankAccountsTable,
  GrantLedgerTable,
  GrantParticipantsTable,
  GrantReportsTable,
  GrantSharesTable,
  GrantsTable,
  GrantWorkPackagesTable,
} from './schema-grants.ts';

// The evaluation's and the grant's tables have files of their own; callers import them from here.
export type * from './schema-evaluation.ts';
export type * from './schema-grants.ts';

type Timestamp = ColumnType<Date, Date, Date>;
/** jsonb: read as parsed data, written as JSON text (pg and PGlite agree on that). */
type Json<T = unknown> = ColumnType<T, string, string>;

export type GlobalRole = 'applicant' | 'officer' | 'expert' | 'admin';
export type MemberRole = 'coordinator-contact' | 'partner-contact';
export type ProposalState = 'draft' | 'submitted' | 'withdrawn';

export interface AccountsTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: GlobalRole;
  created_at: Timestamp;
  /** The language of the e-mails the account receives: the last one chosen in the web app. */
  language: ColumnType<'en' | 'da', 'en' | 'da' | undefined, 'en' | 'da'>;
}

export interface SessionsTable {
  /** sha256 of the cookie token: the token itself is never stored. */
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/**
 * Attempts counted per key ("sign-in <e-mail> <client address>", "register <client address>"):
 * how many since window_start, and until when the next one is refused.
 */
export interface RequestThrottleTable {
  key: string;
  attempts: number;
  window_start: Timestamp;
  blocked_until: Timestamp;
}

/** A password reset link: the database holds only the SHA-256 of its token. */
export interface PasswordResetsTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OrganisationsTable {
  id: string;
  pic: string | null;
  legal_name: string;
  country: string;
  type: string;
  city: string | null;
  validation: 'declared' | 'validated';
  /** Set by agency staff: 'hu-public-interest-trust' (no grant agreement can be signed with it). */
  restriction: ColumnType<Restriction | null, Restriction | null | undefined, Restriction | null>;
  created_by: string | null;
  created_at: Timestamp;
  version: number;
}

export interface CallsTable {
  id: string;
  definition_year: string;
  title: string;
  /** The title in Danish; null shows the English one. */
  title_da: string | null;
  is_demo: boolean;
  deadline_at: Timestamp;
  opens_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ProposalsTable {
  id: string;
  call_id: string;
  state: ProposalState;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_submission_id: string | null;
}

export interface ProposalSectionsTable {
  proposal_id: string;
  key: string;
  version: number;
  data: Json;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ProposalSectionVersionsTable {
  proposal_id: string;
  key: string;
  version: number;
  data: Json;
  created_at: Timestamp;
  created_by: string;
}

export interface ProposalMembersTable {
  proposal_id: string;
  account_id: string;
  role: MemberRole;
  participant_id: string | null;
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: string;
  proposal_id: string;
  participant_id: string;
  email: string;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  accepted_by: string | null;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** Files sent with the e-mail, each named and linked (the receipt PDF of a submission). */
  attachments: ColumnType<OutboxAttachment[], string | undefined, string>;
}

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /** Where the recipient downloads it (signed in), relative to the platform's address. */
  path: string;
}

/** Deadline warnings written: the key makes each one once, whichever server process sends it. */
export interface DeadlineWarningsTable {
  proposal_id: string;
  account_id: string;
  warning: '48h' | '24h';
  sent_at: Timestamp;
}

export interface SubmissionsTable {
  id: string;
  proposal_id: string;
  number: number;
  submitted_at: Timestamp;
  submitted_by: string;
  /** The canonical JSON text exactly as hashed. */
  canonical: string;
  sha256: string;
  receipt_code: string;
  signature: string;
  /** The warnings the check gave at submission (errors refuse a submission). */
  findings: Json;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  proposal_id: string | null;
  diff: Json;
}

/** An account with a section of a proposal open in the editor (migration 0007). */
export interface EditingPresenceTable {
  proposal_id: string;
  account_id: string;
  section_key: string;
  seen_at: Timestamp;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

export interface FileObjectsTable {
  storage_key: string;
  backend: 'database' | 's3';
  created_at: Timestamp;
  /** Set in the transaction that attaches the object to a file row; false: an upload under way or abandoned. */
  complete: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface FileChunksTable {
  storage_key: string;
  seq: number;
  data: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
}

export interface ProposalFilesTable {
  id: string;
  proposal_id: string;
  kind: 'part-b' | 'budget-table' | 'mandate-letter' | 'other';
  participant_id: string | null;
  name: string;
  media_type: string;
  size_bytes: ColumnType<string | number, number, number>;
  sha256: string;
  storage_key: string;
  /** What was read from the file when it was uploaded (page count, budget-table totals). */
  facts: Json<Record<string, unknown>>;
  uploaded_by: string;
  uploaded_at: Timestamp;
  /** When a newer upload of the same kind took its place. */
  superseded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The first submitted version that included the file: from then on it never changes. */
  frozen_by_submission: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SubmissionFilesTable {
  submission_id: string;
  file_id: string;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  request_throttle: RequestThrottleTable;
  password_resets: PasswordResetsTable;
  organisations: OrganisationsTable;
  calls: CallsTable;
  proposals: ProposalsTable;
  proposal_sections: ProposalSectionsTable;
  proposal_section_versions: ProposalSectionVersionsTable;
  proposal_members: ProposalMembersTable;
  editing_presence: EditingPresenceTable;
  invitations: InvitationsTable;
  outbox: OutboxTable;
  deadline_warnings: DeadlineWarningsTable;
  submissions: SubmissionsTable;
  audit_log: AuditLogTable;
  server_secrets: ServerSecretsTable;
  evaluation_settings: EvaluationSettingsTable;
  screenings: ScreeningsTable;
  experts: ExpertsTable;
  conflict_overrides: ConflictOverridesTable;
  declarations: DeclarationsTable;
  assignments: AssignmentsTable;
  individual_evaluations: IndividualEvaluationsTable;
  consensus_reports: ConsensusReportsTable;
  chair_flag_resolutions: ChairFlagResolutionsTable;
  rankings: RankingsTable;
  grants: GrantsTable;
  grant_participants: GrantParticipantsTable;
  grant_work_packages: GrantWorkPackagesTable;
  grant_shares: GrantSharesTable;
  grant_bank_accounts: GrantBankAccountsTable;
  grant_reports: GrantReportsTable;
  grant_assessments: GrantAssessmentsTable;
  grant_ledger: GrantLedgerTable;
  grant_amendments: GrantAmendmentsTable;
  file_objects: FileObjectsTable;
  file_chunks: FileChunksTable;
  proposal_files: ProposalFilesTable;
  submission_files: SubmissionFilesTable;
}
