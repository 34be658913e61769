/** The submitted version of a proposal as the server freezes it (src/server/proposals/content.ts). */
import type { BeneficiaryBudget, CategoryAmounts } from '../engine/budget/lump-sum.ts';
import type { Role } from '../engine/call-definition/types.ts';
import type {
  CoordinatorDeclarationSection,
  PartASection,
  WorkPackage,
} from '../engine/proposal/sections.ts';

export interface ContentParticipant {
  id: string;
  role: Role;
  organisation: {
    pic: string | null;
    legalName: string;
    country: string;
    type: string;
    city: string | null;
    validation: string;
  };
  contactName: string;
  contactEmail: string;
  expertise: string;
  eche: boolean;
}

export interface ProposalContent {
  format: string;
  proposalId: string;
  call: { id: string; identifier: string; topic: string | null };
  lot: string;
  durationMonths: number;
  ecosystem: string | null;
  acronym: string;
  title: string;
  summary: string;
  requestedGrant: number;
  participants: ContentParticipant[];
  workPackages: WorkPackage[];
  budget: Record<string, BeneficiaryBudget>;
  budgetTotals: {
    indirectCostRatePercent: number;
    byBeneficiary: Record<string, CategoryAmounts>;
    byWorkPackage: Record<string, CategoryAmounts>;
    total: CategoryAmounts;
  };
  answers: Record<string, string>;
  /** Part A by participant id, and the coordinator's declarations (absent from content submitted before Part A). */
  partA?: Record<string, PartASection>;
  coordinatorDeclaration?: CoordinatorDeclarationSection;
}
