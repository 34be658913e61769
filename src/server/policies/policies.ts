/**
 * Who may do what: every authorisation decision of the platform, in one readable place.
 *
 * A policy reads plain facts (who acts, their membership of the proposal, where the proposal
 * stands, whether its call's deadline has passed) and returns a decision with a reason. Routes
 * and operations never decide on their own; they ask here.
 *
 * What a person may not see, they are told does not exist (404); what they see but may not
 * change is refused with the reason (403).
 */
import type { Actor } from '../auth/actor.ts';
import type { MemberRole, ProposalState } from '../db/schema.ts';
import { ALLOW, type Decision, deny, isAgency, SIGN_IN } from './decision.ts';

export type { Decision };

const NOT_FOUND = deny(404, 'not-found', 'The proposal was not found.');

export interface ProposalFacts {
  state: ProposalState;
  /** The actor's membership of the proposal, if any. */
  membership?: { role: MemberRole; participantId: string | null };
  deadlinePassed: boolean;
  hasSubmission: boolean;
}

/** Members read their proposal; agency staff read it once it is submitted and the call has closed. */
export function canReadProposal(actor: Actor | undefined, p: ProposalFacts): Decision {
  if (!actor) return SIGN_IN;
  if (p.membership) return ALLOW;
  if (isAgency(actor) && p.hasSubmission && p.deadlinePassed) return ALLOW;
  return NOT_FOUND;
}

/**
 * Who may read a proposal without being one of its applicants (agency staff) reads its last
 * submitted version only: never draft edits made after it, never the saved versions of its
 * sections, and of a withdrawn proposal only that it was withdrawn, when and by whom.
 */
export function readsSubmittedVersionOnly(p: ProposalFacts): boolean {
  return !p.membership;
}

/**
 * The coordinator's contacts edit every section; a partner's contacts edit only their own
 * organisation's data, budget lines and Part A (never the coordinator's declaration on behalf of
 * all). Nobody edits after the deadline.
 */
export function canEditSection(actor: Actor | undefined, p: ProposalFacts, sectionKey: string): Decision {
  const read = canReadProposal(actor, p);
  if (!read.allowed) return read;
  if (!p.membership) return deny(403, 'forbidden', 'Only the applicants edit a proposal.');
  if (p.deadlinePassed)
    return deny(403, 'deadline-passed', 'The call has closed: the proposal can be read, not changed.');
  if (p.membership.role === 'coordinator-contact') return ALLOW;
  const own = p.membership.participantId;
  if (
    own &&
    (sectionKey === `participant:${own}` || sectionKey === `budget:${own}` || sectionKey === `part-a:${own}`)
  )
    return ALLOW;
  return deny(
    403,
    'forbidden',
    "A partner edits only their own organisation's data, budget lines and Part A.",
  );
}

function coordinatorBeforeDeadline(actor: Actor | undefined, p: ProposalFacts, what: string): Decision {
  const read = canReadProposal(actor, p);
  if (!read.allowed) return read;
  if (p.membership?.role !== 'coordinator-contact')
    return deny(403, 'forbidden', `Only the coordinator ${what}.`);
  if (p.deadlinePassed) return deny(403, 'deadline-passed', 'The call has closed.');
  return ALLOW;
}

export const canSubmit = (a: Actor | undefined, p: ProposalFacts) =>
  coordinatorBeforeDeadline(a, p, 'submits the proposal');
export const canWithdraw = (a: Actor | undefined, p: ProposalFacts) =>
  coordinatorBeforeDeadline(a, p, 'withdraws the proposal');
export const canInvite = (a: Actor | undefined, p: ProposalFacts) =>
  coordinatorBeforeDeadline(a, p, 'invites partner contacts');

/**
 * The history of a proposal: its applicants, and agency staff (for screening and redress). The
 * history holds every change of content, so the agency reads it when it may read the proposal:
 * once it is submitted and the call has closed, and then only up to the last submission
 * (src/server/proposals/audit-export.ts), or for a withdrawn proposal only its withdrawal.
 */
export function canReadAudit(actor: Actor | undefined, p: ProposalFacts): Decision {
  return canReadProposal(actor, p);
}

export function canCreateProposal(actor: Actor | undefined): Decision {
  if (!actor) return SIGN_IN;
  if (actor.role !== 'applicant') return deny(403, 'forbidden', 'Only applicant accounts create proposals.');
  return ALLOW;
}

export function canUseRegistry(actor: Actor | undefined): Decision {
  return actor ? ALLOW : SIGN_IN;
}

export interface OrganisationFacts {
  validation: 'declared' | 'validated';
  createdBy: string | null;
  /**
   * The actor is a confirmed contact of the organisation: invited as its contact in a proposal
   * by its creator or another confirmed contact, and accepted (see routes/organisations/contacts.ts).
   * Being its contact in a consortium that merely names it is not enough.
   */
  confirmedContact: boolean;
}

/**
 * Organisation data: who registered it, or its confirmed contacts, edit it while it is declared;
 * once validated only agency staff change it. Only agency staff set the validation status. A
 * consortium section never grants rights over an organisation: anyone may name any organisation
 * of the registry in their own proposal (and be that participant's contact), so that reference
 * says nothing about who speaks for the organisation.
 */
export function canEditOrganisation(
  actor: Actor | undefined,
  org: OrganisationFacts,
  changesValidation: boolean,
): Decision {
  if (!actor) return SIGN_IN;
  if (isAgency(actor)) return ALLOW;
  if (changesValidation) return deny(403, 'forbidden', 'Only agency staff validate organisations.');
  if (org.validation === 'validated') {
    return deny(403, 'forbidden', 'A validated organisation is changed by the agency only.');
  }
  if (org.createdBy === actor.id || org.confirmedContact) return ALLOW;
  return deny(
    403,
    'forbidden',
    'Only who registered the organisation, its confirmed contacts or agency staff change it.',
  );
}

export function isAdmin(actor: Actor | undefined): Decision {
  if (!actor) return SIGN_IN;
  return actor.role === 'admin' ? ALLOW : deny(403, 'forbidden', 'Only administrators see this.');
}

export function isAgencyStaff(actor: Actor | undefined): Decision {
  if (!actor) return SIGN_IN;
  return isAgency(actor) ? ALLOW : deny(403, 'forbidden', 'Only agency staff see this.');
}
