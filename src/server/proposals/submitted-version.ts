/**
 * What agency staff (and experts) read of a proposal: the version that counts, its last
 * submission, frozen as canonical JSON. Draft edits made after it are the applicants' own until
 * they submit again, and once the call has closed they never count; a withdrawn proposal shows
 * only that it was withdrawn, when and by whom.
 */
import type { OrganisationType, Role } from '../../engine/call-definition/types.ts';
import type { ProposalDocument } from '../../engine/proposal/document.ts';
import type { GeneralSection } from '../../engine/proposal/sections.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError, notFound } from '../errors.ts';
import type { ProposalContent } from './content.ts';
import type { ProposalRow, SectionState } from './repository.ts';

export interface SubmittedVersion {
  number: number;
  submittedAt: Date;
  submittedBy: string;
  content: ProposalContent;
}

export async function lastSubmission(deps: ServerDeps, proposal: ProposalRow): Promise<SubmittedVersion> {
  if (!proposal.last_submission_id) throw notFound('The submitted version');
  const row = await deps.db
    .selectFrom('submissions')
    .select(['number', 'submitted_at', 'submitted_by', 'canonical'])
    .where('id', '=', proposal.last_submission_id)
    .executeTakeFirstOrThrow();
  return {
    number: row.number,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    content: JSON.parse(row.canonical) as ProposalContent,
  };
}

export interface Withdrawal {
  at: string;
  by: string | null;
}

/** When the proposal was last withdrawn, and by whom (from the audit trail). */
export async function withdrawalOf(deps: ServerDeps, proposalId: string): Promise<Withdrawal | null> {
  const row = await deps.db
    .selectFrom('audit_log')
    .leftJoin('accounts', 'accounts.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'accounts.name'])
    .where('audit_log.proposal_id', '=', proposalId)
    .where('audit_log.action', '=', 'proposal.withdraw')
    .orderBy('audit_log.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { at: row.at.toISOString(), by: row.name } : null;
}

/** Refuses agency staff any content of a withdrawn proposal, saying when and by whom it was withdrawn. */
export async function refuseIfWithdrawn(deps: ServerDeps, proposal: ProposalRow): Promise<void> {
  if (proposal.state !== 'withdrawn') return;
  const w = await withdrawalOf(deps, proposal.id);
  throw new HttpError(
    403,
    'withdrawn',
    `The proposal was withdrawn${w ? ` on ${w.at}${w.by ? ` by ${w.by}` : ''}` : ''}; its content is not shown.`,
  );
}

/**
 * The registry's record of an organisation is not part of the frozen version; the copy in it is.
 * Its id in the rebuilt document names the participant, so that nothing is read from the registry.
 */
const organisationIdOf = (participantId: string) => `submitted:${participantId}`;

/** The submitted content as the sections the applicants had saved, for the views and files built on them. */
export function sectionsOf(v: SubmittedVersion): Map<string, SectionState> {
  const c = v.content;
  const state = (data: unknown): SectionState => ({
    version: v.number,
    data,
    updatedAt: v.submittedAt,
    updatedBy: v.submittedBy,
  });
  const general: GeneralSection = {
    lot: c.lot,
    durationMonths: c.durationMonths,
    ecosystem: c.ecosystem,
    acronym: c.acronym,
    title: c.title,
    summary: c.summary,
    requestedGrant: c.requestedGrant,
  };
  const sections = new Map<string, SectionState>([
    ['general', state(general)],
    [
      'consortium',
      state({
        participants: c.participants.map((p) => ({
          id: p.id,
          organisationId: organisationIdOf(p.id),
          role: p.role,
        })),
      }),
    ],
    ['work-plan', state({ workPackages: c.workPackages })],
  ]);
  for (const p of c.participants) {
    const { contactName, contactEmail, expertise, eche } = p;
    sections.set(`participant:${p.id}`, state({ contactName, contactEmail, expertise, eche }));
    if (c.budget[p.id]) sections.set(`budget:${p.id}`, state({ lines: c.budget[p.id] }));
    // Content submitted before Part A has none.
    if (c.partA?.[p.id]) sections.set(`part-a:${p.id}`, state(c.partA[p.id]));
  }
  if (c.coordinatorDeclaration) sections.set('coordinator-declaration', state(c.coordinatorDeclaration));
  for (const [criterion, text] of Object.entries(c.answers))
    sections.set(`answers:${criterion}`, state({ text }));
  return sections;
}

/** The document the engines read, rebuilt from the submitted content alone. */
export function documentOf(proposal: ProposalRow, v: SubmittedVersion): ProposalDocument {
  const sections = sectionsOf(v);
  const c = v.content;
  const budgets: ProposalDocument['budgets'] = {};
  for (const [id, lines] of Object.entries(c.budget)) budgets[id] = { lines };
  return {
    id: proposal.id,
    callId: proposal.call_id,
    general: sections.get('general')!.data as GeneralSection,
    participants: c.participants.map((p) => ({
      id: p.id,
      role: p.role as Role,
      organisation: {
        id: organisationIdOf(p.id),
        pic: p.organisation.pic,
        legalName: p.organisation.legalName,
        country: p.organisation.country,
        type: p.organisation.type as OrganisationType,
        city: p.organisation.city,
        validation: p.organisation.validation,
      },
      details: {
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        expertise: p.expertise,
        eche: p.eche,
      },
    })),
    workPlan: { workPackages: c.workPackages },
    budgets,
    answers: { ...c.answers },
    partA: { ...(c.partA ?? {}) },
    coordinatorDeclaration: c.coordinatorDeclaration ?? { declarations: {} },
  };
}
