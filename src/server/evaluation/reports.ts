/**
 * Sending the evaluation summary reports: once the ranking is confirmed, every coordinator gets a
 * notice (in the outbox) and can read the report of their proposal in the platform.
 */
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { conflict, unprocessable } from '../errors.ts';
import { proposalContacts } from '../mail/contacts.ts';
import { queueEmail } from '../mail/outbox.ts';
import { resultNotice } from '../mail/templates/result-notice.ts';
import { write } from '../operations/write.ts';
import { canRunEvaluation } from '../policies/evaluation-policies.ts';
import { outcomeDecision } from './outcome.ts';
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
        const screening = await tx
          .selectFrom('screenings')
          .select('decision')
          .where('proposal_id', '=', p.proposalId)
          .executeTakeFirst();
        const decision = outcomeDecision(ranking.ranking, p.proposalId, screening?.decision);
        const link = `${deps.publicUrl}/${hrefOf(p.proposalId)}`;
        for (const c of await proposalContacts(tx, p.proposalId, ['coordinator-contact'])) {
          const notice = resultNotice(c.lang, { name: c.name, acronym: p.content.acronym, decision, link });
          await queueEmail(tx, { to: c.email, ...notice }, now);
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

/** The web app's page of a proposal's outcome (a hash route: src/web/app/routes.ts). */
const hrefOf = (proposalId: string) => `#/proposals/${encodeURIComponent(proposalId)}/outcome`;

/** Applicants read their report once it has been sent. */
export async function reportsSent(deps: ServerDeps, callId: string): Promise<boolean> {
  return Boolean((await confirmedRanking(deps, callId))?.reportsSentAt);
}
