/**
 * A submitted version as a proposal document again, so that its PDF is made by the same code as
 * the draft's: the frozen content (src/server/proposals/content.ts) carries every section and
 * the registry data as they were when it was submitted.
 */
import type { ProposalDocument } from '../../engine/proposal/document.ts';
import type { ProposalContent } from '../proposals/content.ts';

export function submittedDocument(content: ProposalContent, callId: string): ProposalDocument {
  return {
    id: content.proposalId,
    callId,
    general: {
      lot: content.lot,
      durationMonths: content.durationMonths,
      ecosystem: content.ecosystem,
      acronym: content.acronym,
      title: content.title,
      summary: content.summary,
      requestedGrant: content.requestedGrant,
    },
    participants: content.participants.map((p) => ({
      id: p.id,
      role: p.role,
      // The registry's id is not frozen; the participant's stands in for it (a PDF never shows it).
      organisation: { id: p.id, ...p.organisation },
      details: {
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        expertise: p.expertise,
        eche: p.eche,
      },
    })),
    workPlan: { workPackages: content.workPackages },
    budgets: Object.fromEntries(Object.entries(content.budget).map(([id, lines]) => [id, { lines }])),
    answers: content.answers,
    // Content submitted before Part A has none.
    partA: content.partA ?? {},
    coordinatorDeclaration: content.coordinatorDeclaration ?? { declarations: {} },
  };
}
