/**
 * The proposals the agency evaluates: for a call, each proposal whose state is "submitted", in
 * the version that counts (its last submission), read from the frozen canonical JSON.
 */
import type { Kysely } from 'kysely';
import type { Restriction } from '../../engine/call-definition/types.ts';
import type { ProposalInput } from '../../engine/eligibility/proposal-input.ts';
import { PIC_FORMAT } from '../../engine/eligibility/well-formed.ts';
import type { Database } from '../db/schema.ts';
import type { Tx } from '../operations/write.ts';
import type { ProposalContent } from '../proposals/content.ts';

export interface SubmittedProposal {
  proposalId: string;
  submissionId: string;
  number: number;
  submittedAt: Date;
  content: ProposalContent;
}

export async function submittedProposals(
  db: Kysely<Database> | Tx,
  callId: string,
): Promise<SubmittedProposal[]> {
  return readSubmitted(db, { callId });
}

export async function submittedProposal(
  db: Kysely<Database> | Tx,
  proposalId: string,
): Promise<(SubmittedProposal & { callId: string }) | undefined> {
  return (await submittedProposalsById(db, [proposalId])).get(proposalId);
}

/** The submitted versions of these proposals in one query, by proposal id; one not submitted is absent. */
export async function submittedProposalsById(
  db: Kysely<Database> | Tx,
  proposalIds: readonly string[],
): Promise<Map<string, SubmittedProposal & { callId: string }>> {
  if (proposalIds.length === 0) return new Map();
  return new Map((await readSubmitted(db, { proposalIds })).map((p) => [p.proposalId, p]));
}

/** The version that counts of each submitted proposal of a call, or of the proposals named, in id order. */
async function readSubmitted(
  db: Kysely<Database> | Tx,
  which: { callId: string } | { proposalIds: readonly string[] },
): Promise<(SubmittedProposal & { callId: string })[]> {
  let query = db
    .selectFrom('proposals')
    .innerJoin('submissions', 'submissions.id', 'proposals.last_submission_id')
    .select([
      'proposals.id as proposalId',
      'proposals.call_id',
      'submissions.id as submissionId',
      'submissions.number',
      'submissions.submitted_at',
      'submissions.canonical',
    ])
    .where('proposals.state', '=', 'submitted');
  query =
    'callId' in which
      ? query.where('proposals.call_id', '=', which.callId)
      : query.where('proposals.id', 'in', which.proposalIds);
  const rows = await query.orderBy('proposals.id').execute();
  return rows.map((r) => ({
    proposalId: r.proposalId,
    callId: r.call_id,
    submissionId: r.submissionId,
    number: r.number,
    submittedAt: r.submitted_at,
    content: JSON.parse(r.canonical) as ProposalContent,
  }));
}

/**
 * The eligibility engine's input for a submitted version, with the instant it was submitted.
 * `restrictionOf` gives the registry's restriction flag of an organisation as it stands now
 * (a restriction matters when the grant is signed, not when the proposal was written).
 */
export function checkInputOf(
  p: SubmittedProposal,
  callId: string,
  restrictionOf: (organisation: {
    pic: string | null;
    legalName: string;
    country: string;
  }) => Restriction | undefined = () => undefined,
): ProposalInput {
  const c = p.content;
  const input: ProposalInput = {
    call: callId,
    lot: c.lot,
    durationMonths: c.durationMonths,
    participants: c.participants.map((q) => {
      const participant: ProposalInput['participants'][number] = {
        name: q.organisation.legalName,
        country: q.organisation.country,
        type: q.organisation.type,
        role: q.role,
        eche: q.eche,
      };
      if (q.organisation.pic !== null && PIC_FORMAT.test(q.organisation.pic))
        participant.pic = q.organisation.pic;
      const restriction = restrictionOf(q.organisation);
      if (restriction) participant.restriction = restriction;
      return participant;
    }),
    budget: { estimatedCosts: c.budgetTotals.total.total, requestedGrant: c.requestedGrant },
    submittedAt: p.submittedAt.toISOString(),
  };
  if (c.ecosystem) input.ecosystem = c.ecosystem;
  return input;
}

/** The PICs of every participant, in any role: what conflicts of interest are checked against. */
export function picsOf(p: SubmittedProposal): string[] {
  return p.content.participants.map((q) => q.organisation.pic).filter((pic): pic is string => pic !== null);
}
