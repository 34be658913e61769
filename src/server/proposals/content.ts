/**
 * A proposal's content as one JSON document: what a submission freezes and hashes, and what the
 * export gives (and the import takes back). Registry data is copied in, so a submission stays
 * what it was even if an organisation's record changes later.
 */
import type { BudgetMatrix } from '../../engine/budget/lump-sum.ts';
import type { CallDefinition, LotId } from '../../engine/call-definition/types.ts';
import type { ProposalDocument } from '../../engine/proposal/document.ts';

export const CONTENT_FORMAT = 'alliances.proposal/1';

export function proposalContent(doc: ProposalDocument, call: CallDefinition, budget: BudgetMatrix) {
  const lot = call.lots[doc.general.lot as LotId];
  return {
    format: CONTENT_FORMAT,
    proposalId: doc.id,
    call: { id: doc.callId, identifier: call.call.identifier.value, topic: lot?.topic.value ?? null },
    ...doc.general,
    participants: doc.participants.map((p) => ({
      id: p.id,
      role: p.role,
      organisation: {
        pic: p.organisation.pic,
        legalName: p.organisation.legalName,
        country: p.organisation.country,
        type: p.organisation.type,
        city: p.organisation.city,
        validation: p.organisation.validation,
      },
      ...p.details,
    })),
    workPackages: [...doc.workPlan.workPackages].sort((a, b) => a.number - b.number),
    budget: Object.fromEntries(budget.beneficiaryIds.map((id) => [id, doc.budgets[id]?.lines ?? {}])),
    budgetTotals: {
      indirectCostRatePercent: budget.indirectCostRatePercent,
      byBeneficiary: budget.byBeneficiary,
      byWorkPackage: budget.byWorkPackage,
      total: budget.total,
    },
    answers: doc.answers,
    /** Part A per participant id, and the coordinator's declarations (absent from content submitted before Part A). */
    partA: doc.partA,
    coordinatorDeclaration: doc.coordinatorDeclaration,
  };
}

export type ProposalContent = ReturnType<typeof proposalContent>;
