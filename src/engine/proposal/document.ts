/**
 * A proposal as one document: its sections put together with the registry data of its
 * organisations. Everything the applicant sees computed (eligibility, budget totals, form
 * completeness) is derived from this. The editor (from the sections on screen, saved or not)
 * and the server (from the stored sections) both assemble it here, with the same fallbacks, so
 * the live check finds what the server finds.
 */

import { type BudgetMatrix, computeBudget } from '../budget/lump-sum.ts';
import type { CallDefinition, OrganisationType, Restriction, Role } from '../call-definition/types.ts';
import type { ProposalInput } from '../eligibility/proposal-input.ts';
import { PIC_FORMAT } from '../eligibility/well-formed.ts';
import type {
  AnswerSection,
  BudgetSection,
  ConsortiumSection,
  CoordinatorDeclarationSection,
  GeneralSection,
  PartASection,
  ParticipantSection,
  WorkPlanSection,
} from './sections.ts';

export interface OrganisationRef {
  id: string;
  pic: string | null;
  legalName: string;
  country: string;
  type: OrganisationType;
  city: string | null;
  validation: 'declared' | 'validated';
  /** A registry restriction the agency set (not part of the submitted content). */
  restriction?: Restriction | null;
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
  /** Each participant's Part A (administrative forms), keyed by participant id. */
  partA: Record<string, PartASection>;
  /** The coordinator's declarations on behalf of all. */
  coordinatorDeclaration: CoordinatorDeclarationSection;
}

/** What a section holds before anyone has saved it: a new participant's data and budget, an empty answer. */
export function emptySection(key: string): unknown {
  if (key.startsWith('participant:')) {
    return { contactName: '', contactEmail: '', expertise: '', eche: false } satisfies ParticipantSection;
  }
  if (key.startsWith('budget:')) return { lines: {} } satisfies BudgetSection;
  if (key.startsWith('answers:')) return { text: '' } satisfies AnswerSection;
  if (key.startsWith('part-a:')) {
    return {
      legalRepresentative: { name: '', position: '', email: '' },
      declarations: {},
      answers: {},
    } satisfies PartASection;
  }
  if (key === 'coordinator-declaration') return { declarations: {} } satisfies CoordinatorDeclarationSection;
  if (key === 'work-plan') return { workPackages: [] } satisfies WorkPlanSection;
  if (key === 'consortium') return { participants: [] } satisfies ConsortiumSection;
  return undefined;
}

export interface DocumentSources {
  id: string;
  callId: string;
  /** Every section key the proposal has (saved, or a draft of a new one). */
  keys: Iterable<string>;
  /** A section's data; undefined for one not saved yet (it then holds emptySection(key)). */
  sections: (key: string) => unknown;
  /** Registry data of the organisations the consortium names, by id. */
  organisations: ReadonlyMap<string, OrganisationRef>;
}

/** The organisations a consortium names, once each: what to look up before assembling. */
export function organisationIds(consortium: unknown): string[] {
  const participants = (consortium as ConsortiumSection | undefined)?.participants ?? [];
  return [...new Set(participants.map((p) => p.organisationId))];
}

/**
 * Puts the sections and the registry data together. A participant whose organisation is not
 * known is left out (the consortium section names it, but the engines cannot judge it).
 */
export function assembleDocument(source: DocumentSources): ProposalDocument {
  const data = <T>(key: string) => (source.sections(key) ?? emptySection(key)) as T;
  const participants = data<ConsortiumSection>('consortium').participants.flatMap((p) => {
    const organisation = source.organisations.get(p.organisationId);
    if (!organisation) return [];
    return [
      {
        id: p.id,
        role: p.role as Role,
        organisation,
        details: data<ParticipantSection>(`participant:${p.id}`),
      },
    ];
  });
  const budgets: ProposalDocument['budgets'] = {};
  const answers: ProposalDocument['answers'] = {};
  for (const key of source.keys) {
    if (key.startsWith('budget:')) budgets[key.slice(7)] = data<BudgetSection>(key);
    if (key.startsWith('answers:')) answers[key.slice(8)] = data<AnswerSection>(key).text;
  }
  return {
    id: source.id,
    callId: source.callId,
    general: data<GeneralSection>('general'),
    participants,
    workPlan: data<WorkPlanSection>('work-plan'),
    budgets,
    answers,
    partA: Object.fromEntries(participants.map((p) => [p.id, data<PartASection>(`part-a:${p.id}`)])),
    coordinatorDeclaration: data<CoordinatorDeclarationSection>('coordinator-declaration'),
  };
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

/** The eligibility engine's view of the document (spec/check-format.md), with its budget computed once by the caller. */
export function toEligibilityInput(
  doc: ProposalDocument,
  budget: BudgetMatrix,
  submittedAt?: string,
): ProposalInput {
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
      // The same PIC twice is one organisation counted once (participant.duplicate).
      ...(p.organisation.pic && PIC_FORMAT.test(p.organisation.pic) && { pic: p.organisation.pic }),
      ...(p.organisation.restriction && { restriction: p.organisation.restriction }),
    })),
  };
  if (doc.general.ecosystem) input.ecosystem = doc.general.ecosystem;
  if (budget.total.total > 0 || doc.general.requestedGrant > 0) {
    input.budget = { estimatedCosts: budget.total.total, requestedGrant: doc.general.requestedGrant };
  }
  if (submittedAt) input.submittedAt = submittedAt;
  return input;
}
