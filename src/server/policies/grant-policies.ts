/**
 * Who may do what with a grant. Agency staff (officers, administrators) open the preparation,
 * sign, assess work packages, approve payments, send it back or cancel it; the coordinator's
 * contacts confirm participants, bank account and split, submit reports and request amendments;
 * the partners' contacts read. Nobody else learns that the grant exists (404). Whether the grant's
 * state allows the step is the workflow's question (src/engine/grant/workflow.ts), asked by the
 * operation after this one.
 */
import type { Actor } from '../auth/actor.ts';
import type { MemberRole } from '../db/schema.ts';
import { ALLOW, type Decision, deny, isAgency, SIGN_IN } from './decision.ts';

const NOT_FOUND = deny(404, 'not-found', 'The grant was not found.');

export interface GrantFacts {
  /** The actor's membership of the grant's proposal, if any. */
  membership?: { role: MemberRole; participantId: string | null } | undefined;
}

export type GrantViewer = 'officer' | 'coordinator' | 'partner';

export function grantViewer(actor: Actor | undefined, f: GrantFacts): GrantViewer | undefined {
  if (isAgency(actor)) return 'officer';
  if (f.membership?.role === 'coordinator-contact') return 'coordinator';
  if (f.membership?.role === 'partner-contact') return 'partner';
  return undefined;
}

export function canReadGrant(actor: Actor | undefined, f: GrantFacts): Decision {
  if (!actor) return SIGN_IN;
  return grantViewer(actor, f) ? ALLOW : NOT_FOUND;
}

/** The agency's steps: open, sign, send back, cancel, assess, approve a payment. */
export function canManageGrant(actor: Actor | undefined, f: GrantFacts): Decision {
  const read = canReadGrant(actor, f);
  if (!read.allowed) return read;
  return isAgency(actor) ? ALLOW : deny(403, 'forbidden', 'Only agency staff take this step of the grant.');
}

/** The consortium's steps: participants, bank account, confirmation, reports, amendments. */
export function canActForConsortium(actor: Actor | undefined, f: GrantFacts): Decision {
  const read = canReadGrant(actor, f);
  if (!read.allowed) return read;
  return grantViewer(actor, f) === 'coordinator'
    ? ALLOW
    : deny(403, 'forbidden', "Only the coordinator's contacts act for the consortium.");
}

/** Opening a grant preparation for a selected proposal: agency staff. */
export function canOpenGrant(actor: Actor | undefined): Decision {
  if (!actor) return SIGN_IN;
  return isAgency(actor) ? ALLOW : deny(403, 'forbidden', 'Only agency staff open a grant preparation.');
}

/** The list of grants: every signed-in account gets the grants it may read (none for most). */
export function canListGrants(actor: Actor | undefined): Decision {
  return actor ? ALLOW : SIGN_IN;
}
