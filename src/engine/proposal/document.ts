/**
 * A proposal as one document: its sections put together with the registry data of its
 * organisations. Everything the applicant sees computed (eligibility, budget totals, form
 * completeness) is derived from this, in the browser and on the server alike.
 */

import { type BudgetMatrix, computeBudget } from '../budget/lump-sum.ts';
import type { CallDefinition, OrganisationType, Role } from '../call-definition/types.ts';
import type { ProposalInput } from '../eligibility/proposal-input.ts';
import type { BudgetSection, GeneralSection, ParticipantSection, WorkPlanSection } from './sections.ts';

export interface OrganisationRef {
  id: string;
  pic: string | null;
  legalName: string;
  country: string;
  type: OrganisationType;
  city: string | null;
  validation: 'declared' | 'validated';
}

export interface DocumentParticipant {
  id: string;
  role: Role;
  organisation: OrganisationRef;
  details: ParticipantSection;
}

export interface ProposalDocument {
  id: string;
  /** The key of the call in the rule book the server serves (a year, or "demo"). */
  callId: string;
  general: GeneralSection;
  participants: DocumentParticipant[];
  workPlan: WorkPlanSection;
  /** Keyed by participant id. */
  budgets: Record<string, BudgetSection>;
  /** Keyed by award criterion id. */
  answers: Record<string, string>;
}

/** Participants that hold a budget: every role but associated partners. */
export function budgetHolders(doc: ProposalDocument): DocumentParticipant[] {
  return doc.participants.filter((p) => p.role !== 'associated-partner');
}

export function documentBudget(doc: ProposalDocument, call: CallDefinition): BudgetMatrix {
  const wps = [...doc.workPlan.workPackages].sort((a, b) => a.number - b.number).map((w) => w.id);
  const holders = budgetHolders(doc).map((p) => p.id);
  const lines = Object.fromEntries(holders.map((id) => [id, doc.budgets[id]?.lines]));
  return computeBudget(wps, holders, lines, call.budget.indirectCostRatePercent.value);
}

/** The eligibility engine's view of the document (spec/check-format.md). */
export function toEligibilityInput(
  doc: ProposalDocument,
  call: CallDefinition,
  submittedAt?: string,
): ProposalInput {
  const budget = documentBudget(doc, call);
  const input: ProposalInput = {
    call: doc.callId,
    lot: doc.general.lot,
    durationMonths: doc.general.durationMonths,
    participants: doc.participants.map((p) => ({
      name: p.organisation.legalName,
      country: p.organisation.country,
      type: p.organisation.type,
      role: p.role,
      eche: p.details.eche,
    })),
  };
  if (doc.general.ecosystem) input.ecosystem = doc.general.ecosystem;
  if (budget.total.total > 0 || doc.general.requestedGrant > 0) {
    input.budget = { estimatedCosts: budget.total.total, requestedGrant: doc.general.requestedGrant };
  }
  if (submittedAt) input.submittedAt = submittedAt;
  return input;
}
