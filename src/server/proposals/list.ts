/** The proposals someone may see, newest first, with what a dashboard shows of each. */
import type { GeneralSection } from '../../engine/proposal/sections.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';

export async function listProposals(deps: ServerDeps, actor: Actor) {
  const now = deps.clock.now();
  let query = deps.db
    .selectFrom('proposals')
    .innerJoin('proposal_sections', (join) =>
      join
        .onRef('proposal_sections.proposal_id', '=', 'proposals.id')
        .on('proposal_sections.key', '=', 'general'),
    )
    .leftJoin('proposal_members', (join) =>
      join
        .onRef('proposal_members.proposal_id', '=', 'proposals.id')
        .on('proposal_members.account_id', '=', actor.id),
    )
    .leftJoin('submissions', 'submissions.id', 'proposals.last_submission_id')
    .select([
      'proposals.id',
      'proposals.call_id',
      'proposals.state',
      'proposals.updated_at',
      'proposal_sections.data as general',
      'proposal_members.role as memberRole',
      'submissions.submitted_at as lastSubmittedAt',
      'submissions.receipt_code as lastReceiptCode',
      'submissions.canonical as submittedContent',
    ]);
  const agency = actor.role === 'officer' || actor.role === 'admin';
  if (!agency) query = query.where('proposal_members.account_id', '=', actor.id);
  else
    query = query.where((eb) =>
      eb.or([
        eb('proposal_members.account_id', '=', actor.id),
        eb('proposals.last_submission_id', 'is not', null),
      ]),
    );
  const rows = await query.orderBy('proposals.updated_at', 'desc').execute();
  const visible = [];
  for (const r of rows) {
    const deadline = await deps.calls.deadline(r.call_id);
    const closed = now.getTime() >= deadline.getTime();
    // Agency staff see a proposal they are not part of only once its call has closed.
    if (!r.memberRole && !closed) continue;
    // Agency staff see what was submitted, not later draft edits (src/server/proposals/submitted-version.ts).
    const general =
      !r.memberRole && r.submittedContent
        ? (JSON.parse(r.submittedContent) as GeneralSection)
        : (r.general as GeneralSection);
    visible.push({
      id: r.id,
      callId: r.call_id,
      state: r.state,
      acronym: general.acronym,
      title: general.title,
      lot: general.lot,
      role: r.memberRole ?? null,
      deadline: deadline.toISOString(),
      closed,
      lastSubmittedAt: r.lastSubmittedAt?.toISOString() ?? null,
      lastReceiptCode: r.lastReceiptCode ?? null,
    });
  }
  return visible;
}
