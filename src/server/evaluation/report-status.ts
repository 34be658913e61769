/**
 * Whether applicants can read their evaluation summary report yet: the web app shows the link to
 * it on the proposal once the agency has sent the reports of the call, and not before.
 */
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { forbidden } from '../errors.ts';
import { enforce } from '../operations/write.ts';
import { canReadProposal } from '../policies/policies.ts';
import { loadProposalRow, proposalFacts } from '../proposals/repository.ts';
import { confirmedRanking } from './ranking.ts';
import { submittedProposal } from './submitted.ts';

export interface ReportStatus {
  /** The report can be downloaded now (GET /api/v1/proposals/:id/report.pdf). */
  available: boolean;
  /** When the agency sent the reports of the call; null before. */
  sentAt: string | null;
  languages: ('en' | 'da')[];
}

export async function reportStatus(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
): Promise<ReportStatus> {
  const proposal = await loadProposalRow(deps.db, proposalId);
  const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
  enforce(canReadProposal(actor, facts));
  if (!facts.membership) throw forbidden('Only the applicants read their report here.');
  const sentAt = (await confirmedRanking(deps, proposal.call_id))?.reportsSentAt ?? null;
  // A proposal that was never submitted (or was withdrawn) was not evaluated: it has no report.
  const evaluated = (await submittedProposal(deps.db, proposalId)) !== undefined;
  return { available: sentAt !== null && evaluated, sentAt, languages: ['en', 'da'] };
}
