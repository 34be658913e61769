/** Reading proposals: the row, the versioned sections, the organisations, the membership. */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { OrganisationType } from '../../engine/call-definition/types.ts';
import {
  assembleDocument as assembleEngineDocument,
  type OrganisationRef,
  organisationIds,
  type ProposalDocument,
} from '../../engine/proposal/document.ts';
import type { Actor } from '../auth/actor.ts';
import type { CallBook } from '../calls/call-book.ts';
import type { Database, MemberRole, OrganisationsTable, ProposalsTable } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { Tx } from '../operations/write.ts';
import type { ProposalFacts } from '../policies/policies.ts';

type Db = Kysely<Database> | Tx;

export interface SectionState {
  version: number;
  data: unknown;
  updatedAt: Date;
  updatedBy: string;
}

export type ProposalRow = Selectable<ProposalsTable>;

export async function loadProposalRow(db: Db, id: string, lock?: 'update' | 'share'): Promise<ProposalRow> {
  let query = db.selectFrom('proposals').selectAll().where('id', '=', id);
  if (lock === 'update') query = query.forUpdate();
  if (lock === 'share') query = query.forShare();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('The proposal');
  return row;
}

export async function loadSections(db: Db, proposalId: string): Promise<Map<string, SectionState>> {
  const rows = await db
    .selectFrom('proposal_sections')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.key,
      { version: r.version, data: r.data, updatedAt: r.updated_at, updatedBy: r.updated_by },
    ]),
  );
}

export async function loadMembership(
  db: Db,
  proposalId: string,
  accountId: string | undefined,
): Promise<{ role: MemberRole; participantId: string | null } | undefined> {
  if (!accountId) return undefined;
  const row = await db
    .selectFrom('proposal_members')
    .select(['role', 'participant_id'])
    .where('proposal_id', '=', proposalId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row ? { role: row.role, participantId: row.participant_id } : undefined;
}

/** The facts the policies need about a proposal and the actor. */
export async function proposalFacts(
  db: Db,
  calls: CallBook,
  now: Date,
  proposal: ProposalRow,
  actor: Actor | undefined,
): Promise<ProposalFacts> {
  return factsOf(calls, now, proposal, await loadMembership(db, proposal.id, actor?.id));
}

/** The policies' facts from a proposal row and the actor's membership, read together or apart. */
export async function factsOf(
  calls: CallBook,
  now: Date,
  proposal: ProposalRow,
  membership: { role: MemberRole; participantId: string | null } | undefined,
): Promise<ProposalFacts> {
  const deadline = await calls.deadline(proposal.call_id);
  const facts: ProposalFacts = {
    state: proposal.state,
    deadlinePassed: now.getTime() >= deadline.getTime(),
    hasSubmission: proposal.last_submission_id !== null,
  };
  if (membership) facts.membership = membership;
  return facts;
}

type Membership = { role: MemberRole; participantId: string | null };

/**
 * The proposal row with the actor's membership, in one statement: the start of what a save or a
 * submission reads before its policy check, while its transaction holds a connection.
 */
function proposalWithMembership(tx: Tx, id: string, accountId: string | undefined) {
  return tx
    .selectFrom('proposals')
    .leftJoin('proposal_members as m', (join) =>
      join.onRef('m.proposal_id', '=', 'proposals.id').on('m.account_id', '=', accountId ?? null),
    )
    .selectAll('proposals')
    .select(['m.role as member_role', 'm.participant_id as member_participant_id'])
    .where('proposals.id', '=', id);
}

function membershipOf(row: { member_role: MemberRole | null; member_participant_id: string | null }) {
  return row.member_role ? { role: row.member_role, participantId: row.member_participant_id } : undefined;
}

/**
 * What a submission reads before its policy check: the proposal row under the update lock (no
 * section is saved while the submission reads them all) and the submitter's membership.
 */
export async function loadProposalForSubmission(
  tx: Tx,
  id: string,
  accountId: string | undefined,
): Promise<{ proposal: ProposalRow; membership: Membership | undefined }> {
  // Only the proposal is locked: a membership row is read as it is.
  const row = await proposalWithMembership(tx, id, accountId).forUpdate('proposals').executeTakeFirst();
  if (!row) throw notFound('The proposal');
  const { member_role, member_participant_id, ...proposal } = row;
  return { proposal, membership: membershipOf(row) };
}

/** A registry row as the engines see the organisation. */
function organisationRef(r: Selectable<OrganisationsTable>): OrganisationRef {
  return {
    id: r.id,
    pic: r.pic,
    legalName: r.legal_name,
    country: r.country,
    type: r.type as OrganisationType,
    city: r.city,
    validation: r.validation,
    // The registry's restriction as it stands now (participant.restricted-entity).
    ...(r.restriction && { restriction: r.restriction }),
  };
}

export async function loadOrganisations(db: Db, ids: string[]): Promise<Map<string, OrganisationRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, organisationRef(r)]));
}

/**
 * The registry rows of the organisations a consortium section names, as JSON (null for any other
 * section): read in the same statement as the sections.
 */
const consortiumOrganisations = sql<
  Selectable<OrganisationsTable>[] | null
>`case when s.key = 'consortium' then (
  select json_agg(o) from organisations o where o.id in (
    select p ->> 'organisationId' from jsonb_array_elements(s.data -> 'participants') p)) end`;

interface SectionWithOrganisations {
  key: string;
  version: number;
  data: unknown;
  /** A Date from a column, an ISO string from json_agg. */
  updated_at: Date | string;
  updated_by: string;
  organisations: Selectable<OrganisationsTable>[] | null;
}

function sectionsWithOrganisations(rows: Iterable<SectionWithOrganisations>): {
  sections: Map<string, SectionState>;
  organisations: Map<string, OrganisationRef>;
} {
  const sections = new Map<string, SectionState>();
  const organisations = new Map<string, OrganisationRef>();
  for (const r of rows) {
    sections.set(r.key, {
      version: r.version,
      data: r.data,
      updatedAt: new Date(r.updated_at),
      updatedBy: r.updated_by,
    });
    for (const o of r.organisations ?? []) organisations.set(o.id, organisationRef(o));
  }
  return { sections, organisations };
}

/**
 * Every section of a proposal and, in the same round trip, the registry rows of the
 * organisations its consortium names: what a submission reads once it holds the proposal's
 * update lock (so that no save is half done while it reads).
 */
export async function loadSectionsWithOrganisations(
  db: Db,
  proposalId: string,
): Promise<{ sections: Map<string, SectionState>; organisations: Map<string, OrganisationRef> }> {
  const rows = await db
    .selectFrom('proposal_sections as s')
    .select(['s.key', 's.version', 's.data', 's.updated_at', 's.updated_by'])
    .select(consortiumOrganisations.as('organisations'))
    .where('s.proposal_id', '=', proposalId)
    .execute();
  return sectionsWithOrganisations(rows);
}

/**
 * What a section save reads, in one round trip while its transaction holds a connection: the
 * proposal row under a share lock, the actor's membership, and every section with the
 * consortium's organisations (none when the actor is not an applicant of the proposal, whose save
 * the policy refuses). Reading the sections in the locking statement is safe for a save
 * (saves of different sections never serialise with each other, and the version check of the
 * update catches a save of the same section); a submission reads its sections only once it holds
 * its update lock, in a statement of their own.
 */
export async function loadProposalWithSections(
  tx: Tx,
  id: string,
  accountId: string | undefined,
): Promise<{
  proposal: ProposalRow;
  membership: Membership | undefined;
  sections: Map<string, SectionState>;
  organisations: Map<string, OrganisationRef>;
}> {
  const row = await proposalWithMembership(tx, id, accountId)
    .select(
      sql<SectionWithOrganisations[] | null>`(select json_agg(json_build_object(
        'key', s.key, 'version', s.version, 'data', s.data, 'updated_at', s.updated_at,
        'updated_by', s.updated_by, 'organisations', ${consortiumOrganisations}))
        from proposal_sections s where s.proposal_id = proposals.id
          -- Only applicants edit a proposal (canEditSection): for anyone else the save is refused
          -- and its sections are not read, so a refused request costs no more than a lookup.
          and m.role is not null)`.as('sections'),
    )
    // Only the proposal is locked: a membership row and the sections are read as they are.
    .forShare('proposals')
    .executeTakeFirst();
  if (!row) throw notFound('The proposal');
  const { member_role, member_participant_id, sections, ...proposal } = row;
  return { proposal, membership: membershipOf(row), ...sectionsWithOrganisations(sections ?? []) };
}

/**
 * The document the engines read, from the stored sections: the registry data of the
 * organisations is loaded here, the rest is the engine's assembleDocument, the same the editor runs.
 */
export async function assembleDocument(
  db: Db,
  proposal: ProposalRow,
  sections: Map<string, SectionState>,
  /** The consortium's organisations when already read with the sections (loadSectionsWithOrganisations). */
  organisations?: Map<string, OrganisationRef>,
): Promise<ProposalDocument> {
  const data = (key: string) => sections.get(key)?.data;
  return assembleEngineDocument({
    id: proposal.id,
    callId: proposal.call_id,
    keys: sections.keys(),
    sections: data,
    organisations: organisations ?? (await loadOrganisations(db, organisationIds(data('consortium')))),
  });
}
