/** What a proposal page shows: sections with versions, the review, permissions, submissions. */
import { callDeadline } from '../../engine/deadline/deadline.ts';
import { reviewProposal } from '../../engine/proposal/review.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { receiptFiles } from '../files/proposal-files.ts';
import {
  canEditSection,
  canInvite,
  canSubmit,
  canWithdraw,
  readsSubmittedVersionOnly,
} from '../policies/policies.ts';
import { readableContent, readableRow } from './readable.ts';
import { withdrawalOf } from './submitted-version.ts';

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
      'submissions.id',
      'accounts.name as submittedBy',
    ])
    .where('proposal_id', '=', proposalId)
    .orderBy('number')
    .execute();
  return Promise.all(
    rows.map(async (r) => ({
      proposalId,
      number: r.number,
      submittedAt: r.submitted_at.toISOString(),
      submittedBy: r.submittedBy,
      sha256: r.sha256,
      receiptCode: r.receipt_code,
      signature: r.signature,
      files: await receiptFiles(deps.db, proposalId, r.id),
    })),
  );
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

/** What agency staff see of a withdrawn proposal: that it was withdrawn, when and by whom. */
export async function withdrawnView(deps: ServerDeps, proposal: { id: string; call_id: string }) {
  return {
    id: proposal.id,
    callId: proposal.call_id,
    state: 'withdrawn' as const,
    withdrawal: await withdrawalOf(deps, proposal.id),
  };
}

/**
 * The proposal page: a withdrawn proposal's agency view, or else the proposal view.
 * The proposal view: for its applicants the current sections; for agency staff the last
 * submitted version (its sections rebuilt from the frozen content, the review as at submission).
 */
export async function proposalPage(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const row = await readableRow(deps, actor, proposalId);
  if (readsSubmittedVersionOnly(row.facts) && row.proposal.state === 'withdrawn')
    return withdrawnView(deps, row.proposal);
  return proposalView(deps, actor, proposalId);
}

export async function proposalView(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const { proposal, facts, sections, document, submitted } = await readableContent(deps, actor, proposalId);
  const book = await deps.calls.ruleBook(proposal.call_id);
  const call = book.calls[proposal.call_id]!;
  const review = reviewProposal(book, document, submitted?.submittedAt.toISOString());
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
