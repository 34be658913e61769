/**
 * Editing together: who may listen to a proposal's events and who may say which sections they
 * have open. Listening is reading (the events name sections and people, nothing more); being
 * "also editing" is for the applicants while the call is open.
 */
import type { Actor } from '../auth/actor.ts';
import { ALLOW, type Decision, deny } from './decision.ts';
import { canReadProposal, type ProposalFacts } from './policies.ts';

export function canFollowProposalEvents(actor: Actor | undefined, p: ProposalFacts): Decision {
  return canReadProposal(actor, p);
}

export function canAnnouncePresence(actor: Actor | undefined, p: ProposalFacts): Decision {
  const read = canReadProposal(actor, p);
  if (!read.allowed) return read;
  if (!p.membership) return deny(403, 'forbidden', 'Only the applicants edit a proposal.');
  if (p.deadlinePassed)
    return deny(403, 'deadline-passed', 'The call has closed: the proposal can be read, not changed.');
  return ALLOW;
}
