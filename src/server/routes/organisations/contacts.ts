/**
 * The confirmed contacts of an organisation: who, besides its creator and agency staff, may
 * correct its registry record.
 *
 * Naming an organisation in a consortium is a reference, not a claim: anybody may put any
 * organisation of the registry into their own proposal, and become that participant's contact by
 * creating the proposal or by inviting themselves. So neither grants rights over the record.
 * Trust starts with whoever registered the organisation and passes only along accepted
 * invitations: an account is a confirmed contact when it accepted (and still holds) an
 * invitation as the contact of a participant that is this organisation, sent by its creator or
 * by another confirmed contact. The coordinator who merely added the organisation confers nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../operations/write.ts';

interface Vouching {
  inviter: string;
  contact: string;
}

/** The accepted, still-held invitations as the contact of a participant that is the organisation. */
async function invitationsFor(db: Kysely<Database> | Tx, organisationId: string): Promise<Vouching[]> {
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('proposal_members', (join) =>
      join
        .onRef('proposal_members.proposal_id', '=', 'invitations.proposal_id')
        .onRef('proposal_members.account_id', '=', 'invitations.accepted_by')
        .onRef('proposal_members.participant_id', '=', 'invitations.participant_id'),
    )
    .innerJoin('proposal_sections', (join) =>
      join
        .onRef('proposal_sections.proposal_id', '=', 'invitations.proposal_id')
        .on('proposal_sections.key', '=', 'consortium'),
    )
    .select([
      'invitations.created_by',
      'invitations.accepted_by',
      'invitations.participant_id',
      'proposal_sections.data',
    ])
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.accepted_by', 'is not', null)
    .execute();
  return rows
    .filter((r) =>
      ((r.data as { participants?: { id: string; organisationId: string }[] }).participants ?? []).some(
        (p) => p.id === r.participant_id && p.organisationId === organisationId,
      ),
    )
    .map((r) => ({ inviter: r.created_by, contact: r.accepted_by! }));
}

export async function isConfirmedContact(
  db: Kysely<Database> | Tx,
  organisation: { id: string; createdBy: string | null },
  accountId: string,
): Promise<boolean> {
  if (organisation.createdBy === null) return false;
  const edges = await invitationsFor(db, organisation.id);
  const trusted = new Set([organisation.createdBy]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of edges)
      if (trusted.has(e.inviter) && !trusted.has(e.contact)) {
        trusted.add(e.contact);
        grew = true;
      }
  }
  return trusted.has(accountId);
}
