/**
 * Who sets an organisation's restriction flag (e.g. maintained by a Hungarian public-interest
 * trust, so no grant agreement can be signed with it): agency staff only. The organisation's
 * own contacts may not clear it, and applicants may not set it on a competitor.
 */
import type { Actor } from '../auth/actor.ts';
import type { Decision } from './policies.ts';

export function canSetOrganisationRestriction(actor: Actor | undefined): Decision {
  if (!actor) return { allowed: false, status: 401, code: 'unauthenticated', reason: 'Sign in first.' };
  if (actor.role === 'officer' || actor.role === 'admin') return { allowed: true };
  return {
    allowed: false,
    status: 403,
    code: 'forbidden',
    reason: "Only agency staff set or clear an organisation's restriction.",
  };
}
