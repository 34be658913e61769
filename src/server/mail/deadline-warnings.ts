/**
 * Deadline warnings: 48 hours and 24 hours before a call's deadline, every contact of a proposal
 * that is not submitted gets an e-mail, once. Once is kept by the database, not by the process:
 * each warning is a row keyed by proposal, contact and warning, inserted in the same transaction
 * as its e-mail, so several server processes on one PostgreSQL never send one twice.
 */
import { sql } from 'kysely';
import { brusselsLocal } from '../calls/call-book.ts';
import type { ServerDeps } from '../deps.ts';
import { write } from '../operations/write.ts';
import { canSendDeadlineWarnings } from '../policies/mail-policies.ts';
import { proposalContacts } from './contacts.ts';
import { queueEmail } from './outbox.ts';
import { deadlineWarning, type WarningKind } from './templates/deadline-warning.ts';

const HOUR = 3_600_000;

/** The warning due at `now` for a deadline: the 24-hour one inside the last day, none outside 48 h. */
export function warningDue(deadline: Date, now: Date): WarningKind | undefined {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0 || left > 48 * HOUR) return undefined;
  return left <= 24 * HOUR ? '24h' : '48h';
}

/** Sends the warnings due now; returns how many e-mails were written. */
export async function sendDeadlineWarnings(deps: ServerDeps): Promise<number> {
  const now = deps.clock.now();
  const calls = await deps.db
    .selectFrom('calls')
    .select(['id', 'deadline_at'])
    .where('deadline_at', '>', now)
    .where('deadline_at', '<=', new Date(now.getTime() + 48 * HOUR))
    .execute();
  let sent = 0;
  for (const call of calls) {
    const kind = warningDue(call.deadline_at, now);
    if (!kind) continue;
    // Read first, so that a quiet minute writes nothing (not even an audit entry).
    const pending = await deps.db
      .selectFrom('proposals')
      .innerJoin('proposal_members', 'proposal_members.proposal_id', 'proposals.id')
      .leftJoin('deadline_warnings', (join) =>
        join
          .onRef('deadline_warnings.proposal_id', '=', 'proposals.id')
          .onRef('deadline_warnings.account_id', '=', 'proposal_members.account_id')
          .on('deadline_warnings.warning', '=', kind),
      )
      .select('proposals.id')
      .distinct()
      .where('proposals.call_id', '=', call.id)
      .where('proposals.state', '!=', 'submitted')
      .where('deadline_warnings.proposal_id', 'is', null)
      .execute();
    for (const { id } of pending) sent += await warnProposal(deps, id, kind, call.deadline_at);
  }
  return sent;
}

async function warnProposal(deps: ServerDeps, proposalId: string, kind: WarningKind, deadline: Date) {
  return write(
    deps,
    undefined,
    { action: 'proposal.deadline-warning', entityType: 'proposal', entityId: proposalId, proposalId },
    () => canSendDeadlineWarnings(undefined),
    async (tx, now) => {
      const general = await tx
        .selectFrom('proposal_sections')
        .select('data')
        .where('proposal_id', '=', proposalId)
        .where('key', '=', 'general')
        .executeTakeFirst();
      const acronym = (general?.data as { acronym?: string } | undefined)?.acronym ?? '';
      const local = brusselsLocal(deadline);
      const link = `${deps.publicUrl}/#/proposals/${encodeURIComponent(proposalId)}/review`;
      const to: string[] = [];
      for (const c of await proposalContacts(tx, proposalId)) {
        const claimed = await tx
          .insertInto('deadline_warnings')
          .values({ proposal_id: proposalId, account_id: c.accountId, warning: kind, sent_at: now })
          .onConflict((oc) => oc.doNothing())
          .returning(sql<number>`1`.as('claimed'))
          .executeTakeFirst();
        if (!claimed) continue; // another process sent this one
        const text = deadlineWarning(c.lang, kind, {
          name: c.name,
          acronym,
          deadlineBrussels: `${local.date} ${local.time}`,
          link,
        });
        await queueEmail(tx, { to: c.email, ...text }, now);
        to.push(c.email);
      }
      return { result: to.length, before: { warned: [] }, after: { warning: kind, warned: to } };
    },
  );
}

/**
 * The scheduler: every interval it looks for warnings due on the server's clock. A failed round
 * is logged and tried again at the next one.
 */
export function startDeadlineWarnings(
  deps: ServerDeps,
  intervalMs: number,
  log: (error: unknown) => void = (e) => console.error('deadline warnings:', e),
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = sendDeadlineWarnings(deps)
      .catch(log)
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
