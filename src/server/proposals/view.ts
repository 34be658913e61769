/** What a proposal page shows: sections with versions, the review, permissions, submissions. */
import { callDeadline } from '../../engine/deadline/deadline.ts';
import { reviewProposal } from '../../engine/proposal/review.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { enforce } from '../operations/write.ts';
import { canEditSection, canInvite, canReadProposal, canSubmit, canWithdraw } from '../policies/policies.ts';
import { assembleDocument, loadProposalRow, loadSections, proposalFacts } from './repository.ts';

export async function receiptsOf(deps: ServerDeps, proposalId: string) {
  const rows = await deps.db
    .selectFrom('submissions')
    .innerJoin('accounts', 'accounts.id', 'submissions.submitted_by')
    .select([
      'submissions.number',
      'submissions.submitted_at',
      'submissions.sha256',
      'submissions.receipt_code',
      'submissions.signature',
      'accounts.name as submittedBy',
    ])
    .where('proposal_id', '=', proposalId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({
    proposalId,
    number: r.number,
    submittedAt: r.submitted_at.toISOString(),
    submittedBy: r.submittedBy,
    sha256: r.sha256,
    receiptCode: r.receipt_code,
    signature: r.signature,
  }));
}

/** The review as the proposal page and the response to a save show it. */
export function reviewSummary(review: ReturnType<typeof reviewProposal>) {
  return {
    eligible: review.eligibility.eligible,
    submittable: review.submittable,
    errors: review.errors,
    warnings: review.warnings,
    findings: review.findings,
    checks: review.eligibility.outcomes.map((o) => ({
      rule: o.rule,
      outcome: o.outcome,
      severity: o.severity,
      summary: o.summary,
    })),
    budget: review.budget,
  };
}

export async function proposalView(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const now = deps.clock.now();
  const proposal = await loadProposalRow(deps.db, proposalId);
  const facts = await proposalFacts(deps.db, deps.calls, now, proposal, actor);
  enforce(canReadProposal(actor, facts));
  const sections = await loadSections(deps.db, proposalId);
  const book = await deps.calls.ruleBook(proposal.call_id);
  const call = book.calls[proposal.call_id]!;
  const document = await assembleDocument(deps.db, proposal, sections);
  const review = reviewProposal(book, document);
  const deadline = callDeadline(call);
  const names = new Map(
    (
      await deps.db
        .selectFrom('accounts')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set([...sections.values()].map((s) => s.updatedBy))])
        .execute()
    ).map((a) => [a.id, a.name]),
  );
  return {
    id: proposal.id,
    callId: proposal.call_id,
    state: proposal.state,
    createdAt: proposal.created_at.toISOString(),
    deadline: {
      utc: deadline.utc,
      local: deadline.local,
      timeZone: deadline.timeZone,
      passed: facts.deadlinePassed,
    },
    membership: facts.membership ?? null,
    permissions: {
      editableSections: [...sections.keys()].filter((key) => canEditSection(actor, facts, key).allowed),
      submit: canSubmit(actor, facts).allowed,
      withdraw: canWithdraw(actor, facts).allowed && proposal.state === 'submitted',
      invite: canInvite(actor, facts).allowed,
    },
    sections: Object.fromEntries(
      [...sections].map(([key, s]) => [
        key,
        {
          version: s.version,
          data: s.data,
          updatedAt: s.updatedAt.toISOString(),
          updatedBy: names.get(s.updatedBy) ?? null,
        },
      ]),
    ),
    document,
    review: reviewSummary(review),
    submissions: await receiptsOf(deps, proposalId),
  };
}
