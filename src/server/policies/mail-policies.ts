/**
 * What the platform itself may write, with nobody signed in: the deadline warnings its scheduler
 * sends to the contacts of unsubmitted proposals.
 */
import type { Actor } from '../auth/actor.ts';
import type { Decision } from './policies.ts';

export function canSendDeadlineWarnings(actor: Actor | undefined): Decision {
  // Only the server's own scheduler (no account) sends them; nobody asks for them over HTTP.
  if (actor)
    return { allowed: false, status: 403, code: 'forbidden', reason: 'Only the platform sends these.' };
  return { allowed: true };
}
