/**
 * The grant's consortium against its call: the eligibility engine on the participants as they
 * stand, with the proposal as it was selected (lot, duration, ecosystem, budget, submission time)
 * and each organisation's registry restriction today.
 */
import type { CallDefinition, LotId, RuleBook } from '../../engine/call-definition/types.ts';
import {
  type ConsortiumBase,
  checkConsortium,
  type GrantParticipant,
} from '../../engine/grant/consortium.ts';
import type { ServerDeps } from '../deps.ts';
import type { Tx } from '../operations/write.ts';
import type { ProposalContent } from '../proposals/content.ts';
import type { GrantRow } from './load.ts';
import { activeParticipants } from './load.ts';

type Db = ServerDeps['db'] | Tx;

export interface GrantContext {
  book: RuleBook;
  call: CallDefinition;
  content: ProposalContent;
  base: ConsortiumBase;
}

export async function grantContext(deps: ServerDeps, db: Db, grant: GrantRow): Promise<GrantContext> {
  const book = await deps.calls.ruleBook(grant.call_id);
  const call = book.calls[grant.call_id]!;
  const submission = await db
    .selectFrom('submissions')
    .select(['canonical', 'submitted_at'])
    .where('id', '=', grant.submission_id)
    .executeTakeFirstOrThrow();
  const content = JSON.parse(submission.canonical) as ProposalContent;
  return { book, call, content, base: consortiumBase(grant.call_id, content, submission.submitted_at) };
}

export function consortiumBase(callId: string, content: ProposalContent, submittedAt: Date): ConsortiumBase {
  const base: ConsortiumBase = {
    call: callId,
    lot: content.lot as LotId,
    durationMonths: content.durationMonths,
    budget: { estimatedCosts: content.budgetTotals.total.total, requestedGrant: content.requestedGrant },
    submittedAt: submittedAt.toISOString(),
  };
  if (content.ecosystem) base.ecosystem = content.ecosystem;
  return base;
}

export async function currentCheck(deps: ServerDeps, db: Db, grant: GrantRow) {
  const ctx = await grantContext(deps, db, grant);
  const participants = await activeParticipants(db, grant.id);
  return {
    ctx,
    participants,
    check: checkConsortium(ctx.book, ctx.base, participants as GrantParticipant[]),
  };
}
