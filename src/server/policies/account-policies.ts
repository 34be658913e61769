/** Who may change an account's own settings: its holder, signed in. */
import type { Actor } from '../auth/actor.ts';
import type { Decision } from './policies.ts';

export function canChangeOwnSettings(actor: Actor | undefined): Decision {
  if (!actor) return { allowed: false, status: 401, code: 'unauthenticated', reason: 'Sign in first.' };
  return { allowed: true };
}
