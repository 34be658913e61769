/**
 * What a policy answers: allowed, or refused with the HTTP status, a code and a reason the
 * person can read. Shared by every policy module, so a refusal looks the same everywhere.
 */
import type { Actor } from '../auth/actor.ts';

export type Decision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403 | 404; code: string; reason: string };

export const ALLOW: Decision = { allowed: true };

export const deny = (status: 401 | 403 | 404, code: string, reason: string): Decision => ({
  allowed: false,
  status,
  code,
  reason,
});

export const SIGN_IN = deny(401, 'unauthenticated', 'Sign in first.');

/** Agency staff: the officers who run calls and evaluations, and the administrators. */
export const isAgency = (actor: Actor | undefined): boolean =>
  actor?.role === 'officer' || actor?.role === 'admin';
