/** The event hub of the platform: the one it was started with, else one in this process. */
import type { ServerDeps } from '../../deps.ts';
import { inProcessHub, type ProposalEventHub } from './hub.ts';

// Deps built without a hub (some tests build their own) still get one, the same for every call.
const fallback = new WeakMap<object, ProposalEventHub>();

export function eventsOf(deps: ServerDeps): ProposalEventHub {
  if (deps.events) return deps.events;
  let hub = fallback.get(deps.db);
  if (!hub) {
    hub = inProcessHub();
    fallback.set(deps.db, hub);
  }
  return hub;
}
