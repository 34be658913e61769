/**
 * Sending the evaluation summary reports: once the ranking is confirmed, every coordinator gets a
 * notice (in the outbox) and can read the report of their proposal in the platform.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { conflict, unprocessable } from '../errors.ts';
import { write } from '../operations/write.ts';
import { canRunEvaluation } from '../policies/evaluation-policies.ts';
import { confirmedRanking } from './ranking.ts';
import { callClosed } from './screening.ts';
import { submittedProposals } from './submitted.ts';

export async function sendReports(deps: ServerDeps, actor: Actor | undefined, callId: string) {
  return write(
    deps,
    actor,
    { action: 'reports.send', entityType: 'call', entityId: callId },
    async (_tx, now) => canRunEvaluation(actor, await callClosed(deps, callId, now)),
    async (tx, now) => {
      const ranking = await confirmedRanking(deps, callId, tx);
      if (!ranking) throw unprocessable('Confirm the ranking before sending the reports.', {});
      if (ranking.reportsSentAt)
        throw conflict('The reports of this ranking have been sent already.', {
          sentAt: ranking.reportsSentAt,
        });
      const proposals = await submittedProposals(tx, callId);
      let sent = 0;
      for (const p of proposals) {
        const contacts = await tx
          .selectFrom('proposal_members')
          .innerJoin('accounts', 'accounts.id', 'proposal_members.account_id')
          .select(['accounts.email', 'accounts.name'])
          .where('proposal_members.proposal_id', '=', p.proposalId)
          .where('proposal_members.role', '=', 'coordinator-contact')
          .execute();
        for (const c of contacts) {
          await tx
            .insertInto('outbox')
            .values({
              id: randomUUID(),
              to_address: c.email,
              subject: `Evaluation result for ${p.content.acronym}`,
              body: `Dear ${c.name},\n\nThe evaluation of your proposal ${p.content.acronym} is complete. Read the evaluation summary report at:\n${deps.publicUrl}/#/proposals/${p.proposalId}/report\n\nIf you think the evaluation was procedurally flawed, you may ask for a review within 30 days.`,
              created_at: now,
              sent_at: null,
            })
            .execute();
          sent++;
        }
      }
      await tx.updateTable('rankings').set({ reports_sent_at: now }).where('id', '=', ranking.id).execute();
      return {
        result: { sent, sentAt: now.toISOString() },
        before: { reportsSentAt: null },
        after: { reportsSentAt: now.toISOString(), notices: sent },
      };
    },
  );
}

/** Applicants read their report once it has been sent. */
export async function reportsSent(deps: ServerDeps, callId: string): Promise<boolean> {
  return Boolean((await confirmedRanking(deps, callId))?.reportsSentAt);
}
