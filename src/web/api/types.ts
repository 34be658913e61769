/**
 * The shapes the web app reads from the API (src/server/routes/**). Written out here, not
 * imported from the server, so the browser bundle depends on the HTTP contract only; the engine
 * types are shared because the engines run in the browser too.
 */
import type { BudgetMatrix } from '../../engine/budget/lump-sum.ts';
import type { Localised } from '../../engine/call-definition/types.ts';
import type { Finding, Severity } from '../../engine/eligibility/types.ts';
import type { OrganisationRef, ProposalDocument } from '../../engine/proposal/document.ts';

export type GlobalRole = 'applicant' | 'officer' | 'expert' | 'admin';
export type MemberRole = 'coordinator-contact' | 'partner-contact';
export type ProposalState = 'draft' | 'submitted' | 'withdrawn';

export interface Account {
  id: string;
  email: string;
  name: string;
  role: GlobalRole;
}

export interface SessionResponse {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

/** A problem with one field of a request, as the server names it. */
export interface Problem {
  field: string;
  expected: string;
  got: string;
}

export interface DeadlineView {
  utc: string;
  local: string;
  timeZone: string;
}

export interface CallSummary {
  id: string;
  year: string;
  /** In English; `titles` has it in both languages. */
  title: string;
  titles: Localised;
  demo: boolean;
  identifier: string;
  deadline: DeadlineView;
  opensAt: string | null;
  open: boolean;
  lots: {
    id: string;
    name: Localised;
    durationsMonths: number[];
    maxGrantByDuration: Record<string, number>;
    ecosystemRequired: boolean;
  }[];
}

export interface ProposalListItem {
  id: string;
  callId: string;
  state: ProposalState;
  acronym: string;
  title: string;
  lot: string;
  role: MemberRole | null;
  deadline: string;
  closed: boolean;
  lastSubmittedAt: string | null;
  lastReceiptCode: string | null;
}

export interface Organisation extends OrganisationRef {
  version: number;
}

export interface SectionView {
  version: number;
  data: unknown;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ReceiptView {
  proposalId: string;
  number: number;
  submittedAt: string;
  submittedBy?: string;
  sha256: string;
  receiptCode: string;
  signature: string;
}

export interface ProposalView {
  id: string;
  callId: string;
  state: ProposalState;
  createdAt: string;
  deadline: DeadlineView & { passed: boolean };
  membership: { role: MemberRole; participantId: string | null } | null;
  permissions: { editableSections: string[]; submit: boolean; withdraw: boolean; invite: boolean };
  sections: Record<string, SectionView>;
  document: ProposalDocument;
  review: {
    eligible: boolean;
    submittable: boolean;
    errors: number;
    warnings: number;
    findings: Finding[];
    checks: { rule: string; outcome: string; severity: Severity; summary: Localised }[];
    budget: BudgetMatrix;
  };
  submissions: ReceiptView[];
}

export interface SubmitReceipt extends ReceiptView {
  submittedAtBrussels: string;
}

export interface SubmissionView {
  receipt: ReceiptView;
  canonical: string;
  content: Record<string, unknown>;
  warnings: Finding[];
}

/** One change between two versions of a section, as the server's 409 lists them. */
export interface ServerChange {
  path: string;
  old?: unknown;
  new?: unknown;
}

/** The body of a 409 for a stale section write (src/server/proposals/update-section.ts). */
export interface SectionConflict {
  error: 'conflict';
  message: string;
  key: string;
  yourVersion: number;
  currentVersion: number;
  current: unknown;
  changedBy: string | null;
  changedAt: string | null;
  theirChanges: ServerChange[] | null;
  yourChanges: ServerChange[] | null;
}

export interface InvitationView {
  id: string;
  email: string;
  participantId: string;
  createdAt: string;
  acceptedAt: string | null;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
}

export interface AdminAccount extends Account {
  createdAt: string;
}
