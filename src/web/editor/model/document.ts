/**
 * The proposal as the engines read it, put together in the browser from the sections as they
 * stand on screen (saved or not) and the registry data of the organisations, the same way the
 * server does (src/server/proposals/repository.ts), so the live check matches the server's.
 */
import type { Role } from '../../../engine/call-definition/types.ts';
import type { OrganisationRef, ProposalDocument } from '../../../engine/proposal/document.ts';
import type {
  BudgetSection,
  ConsortiumSection,
  GeneralSection,
  ParticipantSection,
  WorkPlanSection,
} from '../../../engine/proposal/sections.ts';

export const EMPTY_PARTICIPANT: ParticipantSection = {
  contactName: '',
  contactEmail: '',
  expertise: '',
  eche: false,
};

export const EMPTY_BUDGET: BudgetSection = { lines: {} };

/** What a section holds before anyone has saved it (a participant added but not yet saved). */
export function initialData(key: string): unknown {
  if (key.startsWith('participant:')) return EMPTY_PARTICIPANT;
  if (key.startsWith('budget:')) return EMPTY_BUDGET;
  if (key.startsWith('answers:')) return { text: '' };
  return undefined;
}

export function assembleDocument(
  id: string,
  callId: string,
  keys: Iterable<string>,
  data: (key: string) => unknown,
  organisations: ReadonlyMap<string, OrganisationRef>,
): ProposalDocument {
  const consortium = (data('consortium') as ConsortiumSection | undefined) ?? { participants: [] };
  const participants = consortium.participants.flatMap((p) => {
    const organisation = organisations.get(p.organisationId);
    if (!organisation) return [];
    return [
      {
        id: p.id,
        role: p.role as Role,
        organisation,
        details: (data(`participant:${p.id}`) as ParticipantSection | undefined) ?? EMPTY_PARTICIPANT,
      },
    ];
  });
  const budgets: ProposalDocument['budgets'] = {};
  const answers: ProposalDocument['answers'] = {};
  for (const key of keys) {
    if (key.startsWith('budget:'))
      budgets[key.slice(7)] = (data(key) as BudgetSection | undefined) ?? EMPTY_BUDGET;
    if (key.startsWith('answers:'))
      answers[key.slice(8)] = (data(key) as { text: string } | undefined)?.text ?? '';
  }
  return {
    id,
    callId,
    general: data('general') as GeneralSection,
    participants,
    workPlan: (data('work-plan') as WorkPlanSection | undefined) ?? { workPackages: [] },
    budgets,
    answers,
  };
}
