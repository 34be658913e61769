/**
 * Who may call what: every route of the server × every kind of person, before the deadline of
 * the call and after it, against the status class the policies promise (allowed / 401 / 403 /
 * 404). The table is data; the test fails when the server serves a route the table does not
 * list, and when the table lists a route the server does not serve.
 *
 * "ok" means the request got past authorisation: a 2xx or 3xx, or for the rows that say so, a
 * 409 or 422 about the request itself (a second acceptance of one invitation, a consensus agreed
 * already). A refused write must leave every table as it was.
 *
 * The proposal P is built by the coordinator (an eligible Lot 1 proposal in the demo call) with
 * partner1 as the contact of participant p2, and submitted before the deadline. After the
 * deadline the agency screens it, assigns expert1 as its only expert and rapporteur, expert1
 * evaluates and agrees the consensus, and the ranking and the reports are sent, so that every
 * evaluation route has somebody allowed to use it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient, TestResponse } from '../support/client.ts';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { openEvents } from '../support/event-stream.ts';
import { addPartner, invite } from '../support/membership.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';
import { listRoutes, openApiRoutes } from '../support/routes.ts';
import { tableCounts } from '../support/tables.ts';

const ROLES = ['anonymous', 'outsider', 'coordinator', 'partner', 'officer', 'expert', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | '401' | '403' | '404';
/** "-": not tried (the request would change what later rows rely on). */
type Expected = Outcome | '-';

// Expectations in the order of ROLES:   anonymous outsider coordinator partner officer expert admin
const PUBLIC = '                         ok        ok       ok          ok      ok      ok     ok';
const SIGNED_IN = '                      401       ok       ok          ok      ok      ok     ok';
const APPLICANTS = '                     401       ok       ok          ok      403     403    403';
const NOBODY = '                         401       403      403         403     403     403    403';
const ADMIN = '                          401       403      403         403     403     403    ok';
const AGENCY = '                         401       403      403         403     ok      403    ok';
const MEMBERS_READ = '                   401       404      ok          ok      404     404    404';
const APPLICANTS_HISTORY = '              401       404      ok          ok      403     404    403';
const MEMBERS_AND_AGENCY_READ = '        401       404      ok          ok      ok      404    ok';
const COORDINATOR_WRITES = '             401       404      ok          403     404     404    404';
const OWN_PARTNER_WRITES = '             401       404      ok          ok      404     404    404';
const WRITES_AFTER_DEADLINE = '          401       404      403         403     403     404    403';
const VALIDATED_ORGANISATION = '         401       403      403         403     ok      403    ok';
const DECLARED_BY_OUTSIDER = '           401       ok       403         403     ok      403    ok';
const DECLARED_BY_COORDINATOR = '        401       403      ok          403     ok      403    ok';
const ACCEPT_BEFORE_DEADLINE = '         401       ok       ok          ok      403     403    403';
const UNASSIGNED = '                     401       404      404         404     404     404    404';
const ASSIGNED_EXPERT = '                401       404      404         404     404     ok     404';
const CONSENSUS_OPEN = '                 401       404      404         404     403     404    403';
const CONSENSUS_CLOSED = '               401       404      404         404     ok      ok     ok';
const REPORT_NOT_SENT = '                401       404      403         403     404     404    404';
const REPORT_SENT = '                    401       404      ok          ok      403     404    403';
const APPLICANTS_OF_PROPOSAL = '         401       404      ok          ok      403     404    403';
// A grant (P's, once selected): partners read it, the coordinator acts for the consortium, agency staff manage it.
const NO_GRANT = '                       401       404      404         404     404     404    404';
const GRANT_READ = '                     401       404      ok          ok      ok      404    ok';
const GRANT_COORDINATOR = '              401       404      ok          403     403     404    403';
const GRANT_AGENCY = '                   401       404      403         403     ok      404    ok';

function outcomes(line: string): Record<Role, Expected> {
  const tokens = line.trim().split(/\s+/);
  assert.equal(tokens.length, ROLES.length, `one outcome per role: ${line}`);
  for (const t of tokens) assert.ok(['ok', '401', '403', '404', '-'].includes(t), `an outcome: ${t}`);
  return Object.fromEntries(ROLES.map((r, i) => [r, tokens[i] as Expected])) as Record<Role, Expected>;
}

interface Ctx {
  proposal: string;
  /** An annex of P's, uploaded before its first submission (so frozen by it). */
  file: string;
  /** Another proposal of the coordinator's, whose invitations the matrix accepts. */
  other: string;
  organisation: string;
  declaredOrganisation: string;
  /** Declared by the coordinator, and the coordinator of a proposal of the outsider's. */
  namedOrganisation: string;
  /** The number of P's last submission, once the call has closed. */
  lastSubmission: number;
  experts: Record<'expert1' | 'expert2' | 'expert3', string>;
  exported: unknown;
  tokens: { open: string; closed: string };
  unique(prefix: string): string;
  section(key: string): Promise<{ version: number; data: unknown }>;
  version(table: 'organisations' | 'experts', id: string): Promise<number>;
  settings(): Promise<Record<string, unknown>>;
  /** The version of P's grant (0 while it has none). */
  grantVersion(): Promise<number>;
  grantWorkPackages(): Promise<string[]>;
}

interface Row {
  /** "METHOD /path" exactly as the server's route table has it. */
  route: string;
  /** Which variant of the route, when the table has several. */
  variant?: string;
  params?: (c: Ctx) => Record<string, string>;
  query?: string;
  body?: (c: Ctx, role: Role) => unknown | Promise<unknown>;
  /**
   * Statuses that also mean "allowed": past the policy, the request cannot be done as it stands
   * (a second acceptance of one invitation, a consensus agreed already). Otherwise only 2xx and
   * 3xx count as allowed.
   */
  alsoAllowed?: number[];
  /** Before the deadline of the demo call, and after it. */
  open: string;
  closed: string;
  /** The request ends or replaces the session: a new sign-in for each cell. */
  fresh?: true;
  /** The answer is an endless event stream: judged by its status, then closed. */
  stream?: true;
}

const P = (c: Ctx) => ({ id: c.proposal });
const REASON = 'Checked against the call and the registry: recorded for the matrix.';
const checkExample = JSON.parse(
  readFileSync(new URL('../../spec/examples/lot1-eligible.json', import.meta.url), 'utf8'),
);
const currentSection = (key: string) => async (c: Ctx) => c.section(key);

/** The table, in the order its rows run (the state they leave behind is part of the design). */
const TABLE: Row[] = [
  // Public pages, documentation, health, the eligibility check and the calls.
  { route: 'GET /', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/*', params: () => ({ '*': 'static/index.css' }), open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/json', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/yaml', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/static/index.html', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/docs/static/swagger-initializer.js', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/openapi.json', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /healthz', open: PUBLIC, closed: PUBLIC },
  { route: 'POST /api/v1/check', body: () => checkExample, open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/v1/calls', open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/v1/calls/:callId', params: () => ({ callId: 'demo' }), open: PUBLIC, closed: PUBLIC },
  { route: 'GET /api/v1/catalogue', open: PUBLIC, closed: PUBLIC },

  // Accounts and sessions.
  {
    route: 'POST /api/v1/auth/register',
    fresh: true,
    body: (c) => ({ email: `${c.unique('registered')}@example.org`, name: 'New', password: DEMO_PASSWORD }),
    open: PUBLIC,
    closed: PUBLIC,
  },
  {
    route: 'POST /api/v1/auth/sign-in',
    fresh: true,
    body: () => ({ email: 'coordinator@demo.alliances.example', password: DEMO_PASSWORD }),
    open: PUBLIC,
    closed: PUBLIC,
  },
  {
    route: 'POST /api/v1/auth/password-reset/request',
    body: () => ({ email: 'nobody@example.org' }),
    open: PUBLIC,
    closed: PUBLIC,
  },
  {
    route: 'POST /api/v1/auth/password-reset',
    body: () => ({ token: 'not-a-token-from-any-link-0123456789', password: 'a brand new password' }),
    alsoAllowed: [400],
    open: PUBLIC,
    closed: PUBLIC,
  },
  {
    route: 'POST /api/v1/auth/password',
    body: () => ({ currentPassword: 'not the current password', newPassword: 'a brand new password' }),
    alsoAllowed: [400],
    open: SIGNED_IN,
    closed: SIGNED_IN,
  },
  { route: 'POST /api/v1/auth/sign-out', fresh: true, open: SIGNED_IN, closed: SIGNED_IN },
  { route: 'GET /api/v1/auth/session', open: SIGNED_IN, closed: SIGNED_IN },
  {
    route: 'PUT /api/v1/auth/language',
    body: () => ({ language: 'en' }),
    open: SIGNED_IN,
    closed: SIGNED_IN,
  },

  // The organisation registry.
  { route: 'GET /api/v1/organisations', query: 'q=aarhus', open: SIGNED_IN, closed: SIGNED_IN },
  {
    route: 'GET /api/v1/organisations/:id',
    params: (c) => ({ id: c.organisation }),
    open: SIGNED_IN,
    closed: SIGNED_IN,
  },
  {
    route: 'POST /api/v1/organisations',
    body: (c) => ({ legalName: c.unique('Registered organisation'), country: 'SE', type: 'enterprise' }),
    open: SIGNED_IN,
    closed: SIGNED_IN,
  },
  {
    route: 'PATCH /api/v1/organisations/:id',
    variant: 'a validated organisation',
    params: (c) => ({ id: c.organisation }),
    body: async (c) => ({ version: await c.version('organisations', c.organisation), city: 'Aarhus' }),
    open: VALIDATED_ORGANISATION,
    closed: VALIDATED_ORGANISATION,
  },
  {
    route: 'PATCH /api/v1/organisations/:id',
    variant: 'a declared organisation the outsider registered',
    params: (c) => ({ id: c.declaredOrganisation }),
    body: async (c) => ({ version: await c.version('organisations', c.declaredOrganisation), city: 'Malmö' }),
    open: DECLARED_BY_OUTSIDER,
    closed: DECLARED_BY_OUTSIDER,
  },
  {
    // The outsider named it in their own consortium: a reference grants no rights over it.
    route: 'PATCH /api/v1/organisations/:id',
    variant: "a declared organisation the coordinator registered, in the outsider's consortium",
    params: (c) => ({ id: c.namedOrganisation }),
    body: async (c) => ({
      version: await c.version('organisations', c.namedOrganisation),
      legalName: c.unique('Renamed organisation'),
    }),
    open: DECLARED_BY_COORDINATOR,
    closed: DECLARED_BY_COORDINATOR,
  },

  // Proposals: agency staff see one only once it is submitted and the call has closed; whoever
  // may not see it is told it does not exist.
  { route: 'GET /api/v1/proposals', open: SIGNED_IN, closed: SIGNED_IN },
  {
    route: 'POST /api/v1/proposals',
    body: (c) => ({ callId: 'demo', lot: 'lot1', organisationId: c.organisation }),
    open: APPLICANTS,
    closed: NOBODY,
  },
  { route: 'GET /api/v1/proposals/:id', params: P, open: MEMBERS_READ, closed: MEMBERS_AND_AGENCY_READ },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'general',
    params: (c) => ({ id: c.proposal, key: 'general' }),
    body: currentSection('general'),
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: "the partner's own budget",
    params: (c) => ({ id: c.proposal, key: 'budget:p2' }),
    body: currentSection('budget:p2'),
    open: OWN_PARTNER_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: "the partner's own organisation data",
    params: (c) => ({ id: c.proposal, key: 'participant:p2' }),
    body: currentSection('participant:p2'),
    open: OWN_PARTNER_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: "another partner's budget",
    params: (c) => ({ id: c.proposal, key: 'budget:p3' }),
    body: currentSection('budget:p3'),
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'GET /api/v1/proposals/:id/sections/:key/versions',
    params: (c) => ({ id: c.proposal, key: 'general' }),
    open: MEMBERS_READ,
    // Saved versions are drafts: agency staff read the last submitted version only.
    closed: APPLICANTS_HISTORY,
  },
  {
    route: 'GET /api/v1/proposals/:id/sections/:key/versions/:version',
    params: (c) => ({ id: c.proposal, key: 'general', version: '1' }),
    open: MEMBERS_READ,
    closed: APPLICANTS_HISTORY,
  },
  {
    route: 'GET /api/v1/proposals/:id/sections/:key/permission',
    params: (c) => ({ id: c.proposal, key: 'general' }),
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  // Editing together: listening is reading; saying what one has open is for the applicants.
  {
    route: 'GET /api/v1/proposals/:id/events',
    params: P,
    stream: true,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'PUT /api/v1/proposals/:id/presence',
    params: P,
    body: () => ({ sections: ['budget:p2'] }),
    open: OWN_PARTNER_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  // The submission package's files. An upload sent as JSON is refused past the policy (400: no
  // file in it), so nothing changes; the annex set up before the submission is frozen (409).
  {
    route: 'POST /api/v1/proposals/:id/files',
    variant: 'an annex',
    params: P,
    query: 'kind=other&name=matrix-annex.pdf',
    alsoAllowed: [400],
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'POST /api/v1/proposals/:id/files',
    variant: "the partner's own letter of mandate",
    params: P,
    query: 'kind=mandate-letter&participantId=p2&name=mandate.pdf',
    alsoAllowed: [400],
    open: OWN_PARTNER_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'GET /api/v1/proposals/:id/files',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/files/:fileId/content',
    params: (c) => ({ id: c.proposal, fileId: c.file }),
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'DELETE /api/v1/proposals/:id/files/:fileId',
    params: (c) => ({ id: c.proposal, fileId: c.file }),
    alsoAllowed: [409],
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  // Withdrawn, then submitted again: P is submitted when the evaluation rows run.
  {
    route: 'POST /api/v1/proposals/:id/withdraw',
    params: P,
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'POST /api/v1/proposals/:id/submit',
    params: P,
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number',
    variant: 'the first, superseded submission',
    params: (c) => ({ id: c.proposal, number: '1' }),
    open: MEMBERS_READ,
    // Agency staff read the version that counts only; for them the others do not exist.
    closed: MEMBERS_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number',
    variant: 'the last submission, the version that counts',
    params: (c) => ({ id: c.proposal, number: String(c.lastSubmission) }),
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number/receipt.pdf',
    variant: 'the first, superseded submission',
    params: (c) => ({ id: c.proposal, number: '1' }),
    open: MEMBERS_READ,
    // As for the submission itself: agency staff read the version that counts only.
    closed: MEMBERS_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number/receipt.pdf',
    variant: 'the last submission, the version that counts',
    params: (c) => ({ id: c.proposal, number: String(c.lastSubmission) }),
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number/proposal.pdf',
    variant: 'the first, superseded submission',
    params: (c) => ({ id: c.proposal, number: '1' }),
    open: MEMBERS_READ,
    // As for the submission itself: agency staff read the version that counts only.
    closed: MEMBERS_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/submissions/:number/proposal.pdf',
    variant: 'the last submission, the version that counts',
    params: (c) => ({ id: c.proposal, number: String(c.lastSubmission) }),
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/export.json',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/budget.xlsx',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'GET /api/v1/proposals/:id/proposal.pdf',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  { route: 'POST /api/v1/proposals/import', body: (c) => c.exported, open: APPLICANTS, closed: NOBODY },
  // The audit trail holds every change of content: it is the proposal, and as secret before the deadline.
  {
    route: 'GET /api/v1/proposals/:id/audit',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'POST /api/v1/proposals/:id/invitations',
    params: P,
    body: (c) => ({ participantId: 'p4', email: `${c.unique('invited')}@example.org` }),
    open: COORDINATOR_WRITES,
    closed: WRITES_AFTER_DEADLINE,
  },
  {
    route: 'GET /api/v1/proposals/:id/invitations',
    params: P,
    open: MEMBERS_READ,
    closed: MEMBERS_AND_AGENCY_READ,
  },
  {
    route: 'POST /api/v1/invitations/accept',
    variant: 'an invitation to another proposal (the first applicant joins; the others get 409)',
    alsoAllowed: [409],
    body: (c) => ({ token: c.tokens.open }),
    open: ACCEPT_BEFORE_DEADLINE,
    closed: ACCEPT_BEFORE_DEADLINE,
  },
  {
    route: 'POST /api/v1/invitations/accept',
    variant: 'an invitation nobody accepted before the deadline',
    body: (c) => ({ token: c.tokens.closed }),
    // Before the deadline no applicant tries it (they would join); after it, it is refused to all.
    open: '401 - - - 403 403 403',
    closed: NOBODY,
  },

  // Administration.
  { route: 'GET /api/v1/admin/outbox', open: ADMIN, closed: ADMIN },
  { route: 'GET /api/v1/admin/accounts', open: ADMIN, closed: ADMIN },
  {
    route: 'POST /api/v1/admin/accounts',
    body: (c) => ({
      email: `${c.unique('staff')}@example.org`,
      name: 'New officer',
      role: 'officer',
      password: DEMO_PASSWORD,
    }),
    open: ADMIN,
    closed: ADMIN,
  },

  // The agency's evaluation: the registry any time; the evaluation of a call once it has closed.
  {
    route: 'GET /api/v1/evaluation/calls/:callId/settings',
    params: () => ({ callId: 'demo' }),
    open: AGENCY,
    closed: AGENCY,
  },
  {
    route: 'PUT /api/v1/evaluation/calls/:callId/settings',
    params: () => ({ callId: 'demo' }),
    body: (c) => c.settings(),
    open: AGENCY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/calls/:callId/screening',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/screening',
    params: P,
    body: () => ({ decision: 'eligible', reason: REASON }),
    open: NOBODY,
    closed: AGENCY,
  },
  { route: 'GET /api/v1/evaluation/experts', open: AGENCY, closed: AGENCY },
  {
    route: 'POST /api/v1/evaluation/experts',
    body: (c) => ({
      name: 'Registry expert',
      email: `${c.unique('expert')}@example.org`,
      country: 'SE',
      employerPic: null,
      topics: ['digital'],
      lots: ['lot1'],
      languages: ['en'],
      maxLoad: 1,
    }),
    open: AGENCY,
    closed: AGENCY,
  },
  {
    route: 'PATCH /api/v1/evaluation/experts/:expertId',
    params: (c) => ({ expertId: c.experts.expert3 }),
    body: async (c) => ({ version: await c.version('experts', c.experts.expert3), maxLoad: 2 }),
    open: AGENCY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/calls/:callId/conflicts',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/conflicts',
    body: (c) => ({ expertId: c.experts.expert2, proposalId: c.proposal, action: 'clear', reason: REASON }),
    open: AGENCY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/assignment/propose',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/assignment/confirm',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/assignment/changes',
    alsoAllowed: [409],
    params: () => ({ callId: 'demo' }),
    body: (c) => ({ action: 'add', proposalId: c.proposal, expertId: c.experts.expert1, reason: REASON }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/calls/:callId/progress',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  { route: 'GET /api/v1/evaluation/my-assignments', open: SIGNED_IN, closed: SIGNED_IN },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/declaration',
    alsoAllowed: [409],
    params: P,
    body: () => ({ noConflict: true, confidentiality: true }),
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/content',
    params: P,
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/files',
    params: P,
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/files/:fileId/content',
    params: (c) => ({ id: c.proposal, fileId: c.file }),
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/my-evaluation',
    params: P,
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'PUT /api/v1/evaluation/proposals/:id/my-evaluation',
    alsoAllowed: [409],
    params: P,
    body: () => ({ version: 0, criteria: {} }),
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/my-evaluation/submit',
    alsoAllowed: [409],
    params: P,
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/evaluations',
    params: P,
    open: UNASSIGNED,
    closed: ASSIGNED_EXPERT,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/consensus',
    params: P,
    open: CONSENSUS_OPEN,
    closed: CONSENSUS_CLOSED,
  },
  {
    route: 'PUT /api/v1/evaluation/proposals/:id/consensus',
    alsoAllowed: [409],
    params: P,
    body: () => ({ version: 0, criteria: {} }),
    open: CONSENSUS_OPEN,
    closed: CONSENSUS_CLOSED,
  },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/consensus/agree',
    alsoAllowed: [409],
    params: P,
    open: CONSENSUS_OPEN,
    closed: CONSENSUS_CLOSED,
  },
  {
    // Only agency staff resolve the chair's flags, never an expert (not even the rapporteur).
    // After the deadline the consensus of P is agreed, so the officer's try ends in 409.
    route: 'POST /api/v1/evaluation/proposals/:id/flags/resolve',
    alsoAllowed: [409],
    params: P,
    body: () => ({ flag: 'spread:relevance:-', reason: REASON }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/ranking/simulate',
    params: () => ({ callId: 'demo' }),
    body: () => ({ envelopes: { lot1: 1_000_000 } }),
    open: NOBODY,
    closed: AGENCY,
  },
  // A new confirmed ranking, then its reports sent: the applicants' report stays readable below.
  {
    route: 'POST /api/v1/evaluation/calls/:callId/ranking/confirm',
    params: () => ({ callId: 'demo' }),
    body: () => ({ envelopes: { lot1: 1_000_000 } }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/reports/send',
    alsoAllowed: [409],
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/calls/:callId/ranking',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/calls/:callId/ranking.xlsx',
    params: () => ({ callId: 'demo' }),
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/evaluation/proposals/:id/report.pdf',
    params: P,
    query: 'view=agency',
    open: NOBODY,
    closed: AGENCY,
  },
  {
    route: 'GET /api/v1/proposals/:id/report',
    params: P,
    open: MEMBERS_READ,
    closed: APPLICANTS_OF_PROPOSAL,
  },
  { route: 'GET /api/v1/proposals/:id/report.pdf', params: P, open: REPORT_NOT_SENT, closed: REPORT_SENT },
  { route: 'GET /api/v1/proposals/:id/outcome', params: P, open: REPORT_NOT_SENT, closed: REPORT_SENT },

  // The grant of P: before the deadline there is none (404 to all); after it P is selected and
  // its grant goes from preparation to its first payment. A step the grant's state no longer
  // allows (the administrator after the officer) is a 409 past the policy.
  { route: 'GET /api/v1/grants', open: SIGNED_IN, closed: SIGNED_IN },
  {
    route: 'POST /api/v1/grants',
    alsoAllowed: [409],
    body: (c) => ({ proposalId: c.proposal }),
    open: NOBODY,
    closed: AGENCY,
  },
  { route: 'GET /api/v1/grants/:id', params: P, open: NO_GRANT, closed: GRANT_READ },
  {
    route: 'GET /api/v1/grants/:id/agreement.pdf',
    params: P,
    query: 'lang=da',
    open: NO_GRANT,
    closed: GRANT_READ,
  },
  {
    route: 'PUT /api/v1/grants/:id/bank-account',
    params: P,
    body: async (c) => ({
      version: await c.grantVersion(),
      holder: 'Coordinator',
      iban: 'DK5000400440116243',
    }),
    open: NO_GRANT,
    closed: GRANT_COORDINATOR,
  },
  {
    // Removing a beneficiary would break the minimum of applicants: refused (422) with the findings.
    route: 'POST /api/v1/grants/:id/consortium',
    alsoAllowed: [422],
    params: P,
    body: async (c) => ({
      version: await c.grantVersion(),
      kind: 'remove',
      participantId: 'p8',
      reason: REASON,
    }),
    open: NO_GRANT,
    closed: GRANT_COORDINATOR,
  },
  {
    route: 'POST /api/v1/grants/:id/confirm',
    variant: 'the first confirmation',
    params: P,
    body: async (c) => ({ version: await c.grantVersion() }),
    open: NO_GRANT,
    closed: GRANT_COORDINATOR,
  },
  {
    route: 'POST /api/v1/grants/:id/reopen',
    alsoAllowed: [409],
    params: P,
    body: async (c) => ({ version: await c.grantVersion(), reason: REASON }),
    open: NO_GRANT,
    closed: GRANT_AGENCY,
  },
  {
    route: 'POST /api/v1/grants/:id/confirm',
    variant: 'confirmed again after being sent back',
    params: P,
    body: async (c) => ({ version: await c.grantVersion() }),
    open: NO_GRANT,
    closed: GRANT_COORDINATOR,
  },
  {
    route: 'POST /api/v1/grants/:id/sign',
    alsoAllowed: [409],
    params: P,
    body: async (c) => ({ version: await c.grantVersion() }),
    open: NO_GRANT,
    closed: GRANT_AGENCY,
  },
  {
    route: 'POST /api/v1/grants/:id/reports',
    params: P,
    body: async (c) => ({
      version: await c.grantVersion(),
      summary: 'The first period: WP1 done, WP2 begun.',
    }),
    open: NO_GRANT,
    closed: GRANT_COORDINATOR,
  },
  {
    route: 'PUT /api/v1/grants/:id/reports/:period/assessment',
    params: (c) => ({ id: c.proposal, period: '1' }),
    body: async (c) => ({
      version: await c.grantVersion(),
      workPackages: Object.fromEntries(
        (await c.grantWorkPackages()).map((wp, i) => [
          wp,
          { status: i === 0 ? 'completed' : 'not-completed' },
        ]),
      ),
    }),
    open: NO_GRANT,
    closed: GRANT_AGENCY,
  },
  {
    route: 'POST /api/v1/grants/:id/reports/:period/payment',
    alsoAllowed: [409],
    params: (c) => ({ id: c.proposal, period: '1' }),
    body: async (c) => ({ version: await c.grantVersion() }),
    open: NO_GRANT,
    closed: GRANT_AGENCY,
  },
  {
    // A signed grant is not cancelled: past the policy, the state refuses it (409).
    route: 'POST /api/v1/grants/:id/cancel',
    alsoAllowed: [409],
    params: P,
    body: async (c) => ({ version: await c.grantVersion(), reason: REASON }),
    open: NO_GRANT,
    closed: GRANT_AGENCY,
  },
];

// ---------------------------------------------------------------------------------------------

const clock = new ManualClock('2026-01-05T09:00:00Z');
let platform: TestPlatform;
let ctx: Ctx;
const clients = new Map<Role, TestClient>();
const OUTSIDER = { email: 'outsider@example.org', name: 'Olga Outsider' };
const SIGN_IN_AS: Record<Exclude<Role, 'anonymous'>, string> = {
  outsider: OUTSIDER.email,
  coordinator: 'coordinator',
  partner: 'partner1',
  officer: 'officer',
  expert: 'expert1',
  admin: 'admin',
};

async function signedIn(role: Role): Promise<TestClient> {
  if (role === 'anonymous') return platform.client();
  if (role === 'outsider') return platform.client().signIn(OUTSIDER.email, DEMO_PASSWORD);
  return platform.as(SIGN_IN_AS[role]);
}

async function signInEveryone(): Promise<void> {
  for (const role of ROLES) clients.set(role, await signedIn(role));
}

function urlOf(row: Row): string {
  const [, path] = row.route.split(' ') as [string, string];
  const params = row.params?.(ctx) ?? {};
  let url = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${row.route}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  if (url.endsWith('*')) url = url.slice(0, -1) + params['*'];
  return row.query ? `${url}?${row.query}` : url;
}

function classify(res: TestResponse, row: Row): Outcome | `unexpected ${number}` {
  if (res.status === 401 || res.status === 403 || res.status === 404) return String(res.status) as Outcome;
  if (res.status < 400 || row.alsoAllowed?.includes(res.status)) return 'ok';
  return `unexpected ${res.status}`;
}

async function runCell(row: Row, role: Role, expected: Outcome): Promise<string> {
  const client = row.fresh ? await signedIn(role) : clients.get(role)!;
  const method = row.route.split(' ')[0]!;
  const body = row.body ? await row.body(ctx, role) : method === 'GET' ? undefined : {};
  const writes = method !== 'GET';
  const before = writes && expected !== 'ok' ? await tableCounts(platform.deps.db) : undefined;
  if (row.stream) {
    const events = await openEvents(platform.app, client, urlOf(row));
    events.close();
    const got = classify({ status: events.status } as TestResponse, row);
    return got === expected ? got : `${got} (${events.status})`;
  }
  const res = await client.request(method, urlOf(row), body);
  const got = classify(res, row);
  if (got !== expected) return `${got} (${res.status} ${JSON.stringify(res.body).slice(0, 160)})`;
  if (got !== 'ok' && res.body?.error === 'csrf') return `${got} for the CSRF token, not the policy`;
  if (before) {
    const after = await tableCounts(platform.deps.db);
    if (JSON.stringify(after) !== JSON.stringify(before)) return `${got}, but something was written`;
  }
  return got;
}

function defineMatrix(phase: 'open' | 'closed'): void {
  for (const row of TABLE) {
    const name = `${row.route}${row.variant ? ` (${row.variant})` : ''}`;
    it(name, async () => {
      const expected = outcomes(row[phase]);
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const role of ROLES) {
        const outcome = expected[role];
        if (outcome === '-') continue;
        want[role] = outcome;
        got[role] = await runCell(row, role, outcome);
      }
      assert.deepEqual(got, want);
    });
  }
}

before(async () => {
  // No built web app: the route table is the server's own, whatever dist/ holds.
  platform = await testPlatform({ clock, webRoot: '/nonexistent' });
  let n = 0;
  const db = platform.deps.db;
  const coordinator = await platform.as('coordinator');
  const admin = await platform.as('admin');
  const outsider = await platform.client().register(OUTSIDER.email, OUTSIDER.name, DEMO_PASSWORD);
  const proposal = await eligibleLot1Proposal(coordinator, 'demo');
  await addPartner(coordinator, admin, proposal, 'p2', await platform.as('partner1'));
  const organisation = (await organisationByPic(coordinator, '999100001')).id;
  const other = await coordinator.post('/api/v1/proposals', {
    callId: 'demo',
    lot: 'lot1',
    organisationId: organisation,
  });
  const coordinatorOfOther: string = other.body.sections.consortium.data.participants[0].id;
  const tokens = {
    open: await invite(coordinator, admin, other.body.id, coordinatorOfOther, 'joiner-open@example.org'),
    closed: await invite(coordinator, admin, other.body.id, coordinatorOfOther, 'joiner-closed@example.org'),
  };
  const annex = await platform.app.inject({
    method: 'POST',
    url: `/api/v1/proposals/${proposal}/files?kind=other&name=setup-annex.pdf`,
    headers: {
      'content-type': 'application/pdf',
      cookie: coordinator.cookie!,
      'x-csrf-token': coordinator.csrfToken!,
    },
    payload: Buffer.from(await (await PDFDocument.create()).addPage().doc.save()),
  });
  assert.equal(annex.statusCode, 201, annex.body);
  const submitted = await coordinator.post(`/api/v1/proposals/${proposal}/submit`);
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  const declared = await outsider.post('/api/v1/organisations', {
    legalName: 'Outsider Robotics AB',
    country: 'SE',
    type: 'enterprise',
  });
  const named = await coordinator.post('/api/v1/organisations', {
    legalName: 'Coordinator Learning Lab ApS',
    country: 'DK',
    type: 'enterprise',
  });
  const naming = await outsider.post('/api/v1/proposals', {
    callId: 'demo',
    lot: 'lot1',
    organisationId: named.body.id,
  });
  assert.equal(naming.status, 201, JSON.stringify(naming.body));
  const experts = Object.fromEntries(
    (await db.selectFrom('experts').select(['id', 'email']).execute()).map((e) => [
      e.email.split('@')[0],
      e.id,
    ]),
  ) as Ctx['experts'];
  ctx = {
    proposal,
    file: annex.json().file.id,
    other: other.body.id,
    organisation,
    declaredOrganisation: declared.body.id,
    namedOrganisation: named.body.id,
    lastSubmission: 1,
    experts,
    exported: (await coordinator.get(`/api/v1/proposals/${proposal}/export.json`)).body,
    tokens,
    unique: (prefix) => `${prefix}-${++n}`,
    section: async (key) => {
      const row = await db
        .selectFrom('proposal_sections')
        .select(['version', 'data'])
        .where('proposal_id', '=', proposal)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return { version: row.version, data: row.data };
    },
    version: async (table, id) =>
      (await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow()).version,
    grantVersion: async () =>
      (await db.selectFrom('grants').select('version').where('id', '=', proposal).executeTakeFirst())
        ?.version ?? 0,
    grantWorkPackages: async () =>
      (
        await db
          .selectFrom('grant_work_packages')
          .select('id')
          .where('grant_id', '=', proposal)
          .orderBy('number')
          .execute()
      ).map((w) => w.id),
    settings: async () => {
      const { callId: _, ...settings } = (
        await (await platform.as('officer')).get('/api/v1/evaluation/calls/demo/settings')
      ).body;
      return settings;
    },
  };
  await signInEveryone();
});

after(async () => {
  await platform?.close();
});

describe('the table covers the server', () => {
  it('every route the server serves is in the table, and every route of the table is served', () => {
    const served = listRoutes(platform.app);
    const listed = [...new Set(TABLE.map((r) => r.route))].sort();
    assert.deepEqual(
      served.filter((r) => !listed.includes(r)),
      [],
      'routes without a row in the table',
    );
    assert.deepEqual(
      listed.filter((r) => !served.includes(r)),
      [],
      'rows for routes the server does not serve',
    );
  });

  it('every route of the OpenAPI document is in the table', async () => {
    const doc = await platform.client().get('/api/openapi.json');
    const listed = new Set(TABLE.map((r) => r.route));
    assert.deepEqual(
      openApiRoutes(doc.body).filter((r) => !listed.has(r)),
      [],
    );
  });
});

describe('before the deadline (the proposal is submitted, the call is open)', () => {
  before(async () => {
    const calls = await platform.client().get('/api/v1/calls');
    const demo = calls.body.find((c: any) => c.id === 'demo');
    assert.equal(demo.open, true);
  });
  defineMatrix('open');
  after(async () => {
    const view = await clients.get('coordinator')!.get(`/api/v1/proposals/${ctx.proposal}`);
    assert.equal(view.body.state, 'submitted', 'the matrix leaves P submitted at the deadline');
  });
});

describe('after the deadline (screened, assigned, evaluated, ranked, reports sent)', () => {
  before(async () => {
    const calls = await platform.client().get('/api/v1/calls');
    const deadline = Date.parse(calls.body.find((c: any) => c.id === 'demo').deadline.utc);
    clock.set(new Date(deadline + 3_600_000));
    const receipts = await platform.deps.db
      .selectFrom('submissions')
      .select('number')
      .where('proposal_id', '=', ctx.proposal)
      .execute();
    ctx.lastSubmission = Math.max(...receipts.map((r) => r.number));
    // The sessions of the morning have expired (12 hours): everyone signs in again.
    await signInEveryone();
    const officer = clients.get('officer')!;
    const expert = clients.get('expert')!;
    const ok = (res: TestResponse, status = 200) =>
      assert.equal(res.status, status, JSON.stringify(res.body));
    const P = ctx.proposal;
    ok(
      await officer.post(`/api/v1/evaluation/proposals/${P}/screening`, {
        decision: 'eligible',
        reason: REASON,
      }),
    );
    const settings = await ctx.settings();
    ok(await officer.put('/api/v1/evaluation/calls/demo/settings', { ...settings, expertsPerProposal: 1 }));
    // expert1 alone on P: expert3 (as good a match) kept off it by a conflict the officer pins.
    ok(
      await officer.post('/api/v1/evaluation/conflicts', {
        expertId: ctx.experts.expert3,
        proposalId: P,
        action: 'pin',
        reason: REASON,
      }),
    );
    ok(await officer.post('/api/v1/evaluation/calls/demo/assignment/confirm'));
    const mine = await expert.get('/api/v1/evaluation/my-assignments');
    assert.deepEqual(
      mine.body.map((a: any) => [a.proposalId, a.rapporteur]),
      [[P, true]],
    );
    ok(
      await expert.post(`/api/v1/evaluation/proposals/${P}/declaration`, {
        noConflict: true,
        confidentiality: true,
      }),
    );
    const comment =
      'A convincing and well argued part of the proposal, with the right partners for its aims.';
    const criteria = Object.fromEntries(
      ['relevance', 'quality', 'partnership', 'impact'].map((c) => [c, { score: 20, comment }]),
    );
    ok(await expert.put(`/api/v1/evaluation/proposals/${P}/my-evaluation`, { version: 0, criteria }));
    ok(await expert.post(`/api/v1/evaluation/proposals/${P}/my-evaluation/submit`));
    const consensus = await expert.get(`/api/v1/evaluation/proposals/${P}/consensus`);
    const agreed = Object.fromEntries(
      consensus.body.draft.criteria.map((c: any) => [
        c.criterion,
        { score: c.proposedScore, comment: c.statements[0].text, sources: [c.statements[0].ref] },
      ]),
    );
    ok(await expert.put(`/api/v1/evaluation/proposals/${P}/consensus`, { version: 0, criteria: agreed }));
    await resolveOpenFlags(officer, P);
    ok(await expert.post(`/api/v1/evaluation/proposals/${P}/consensus/agree`));
    ok(
      await officer.post('/api/v1/evaluation/calls/demo/ranking/confirm', { envelopes: { lot1: 1_000_000 } }),
      201,
    );
    ok(await officer.post('/api/v1/evaluation/calls/demo/reports/send'));
  });
  defineMatrix('closed');
});
