/** The sections a new proposal starts with: a coordinator, WP1 project management, empty answers. */
import type { CallDefinition, LotId } from '../../engine/call-definition/types.ts';
import { emptySection } from '../../engine/proposal/document.ts';
import type {
  BudgetSection,
  ConsortiumSection,
  GeneralSection,
  PartASection,
  ParticipantSection,
  WorkPlanSection,
} from '../../engine/proposal/sections.ts';

export function newParticipantSection(): ParticipantSection {
  return emptySection('participant:') as ParticipantSection;
}

export function newBudgetSection(): BudgetSection {
  return emptySection('budget:') as BudgetSection;
}

export function newPartASection(): PartASection {
  return emptySection('part-a:') as PartASection;
}

export interface NewProposal {
  lot: LotId;
  durationMonths?: number;
  ecosystem?: string | null;
  acronym?: string;
  title?: string;
  coordinatorOrganisationId: string;
  coordinatorParticipantId: string;
  coordinatorContact: { name: string; email: string };
}

export function initialSections(call: CallDefinition, p: NewProposal): Map<string, unknown> {
  const lot = call.lots[p.lot]!;
  const duration = p.durationMonths ?? lot.durationsMonths.value[0]!;
  const general: GeneralSection = {
    lot: p.lot,
    durationMonths: duration,
    ecosystem: p.ecosystem ?? null,
    acronym: p.acronym ?? '',
    title: p.title ?? '',
    summary: '',
    requestedGrant: 0,
  };
  const consortium: ConsortiumSection = {
    participants: [
      { id: p.coordinatorParticipantId, organisationId: p.coordinatorOrganisationId, role: 'coordinator' },
    ],
  };
  const workPlan: WorkPlanSection = {
    workPackages: [
      {
        id: 'wp1',
        number: 1,
        title: 'Project management',
        leadParticipantId: p.coordinatorParticipantId,
        startMonth: 1,
        endMonth: duration,
        description: '',
        deliverables: [],
      },
    ],
  };
  const sections = new Map<string, unknown>([
    ['general', general],
    ['consortium', consortium],
    [
      `participant:${p.coordinatorParticipantId}`,
      {
        ...newParticipantSection(),
        contactName: p.coordinatorContact.name,
        contactEmail: p.coordinatorContact.email,
      },
    ],
    ['work-plan', workPlan],
    [`budget:${p.coordinatorParticipantId}`, newBudgetSection()],
    [`part-a:${p.coordinatorParticipantId}`, newPartASection()],
    ['coordinator-declaration', emptySection('coordinator-declaration')],
  ]);
  for (const c of call.awardCriteria.criteria)
    sections.set(`answers:${c.id}`, emptySection(`answers:${c.id}`));
  return sections;
}
