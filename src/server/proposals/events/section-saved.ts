/** Tells the proposal's listeners that a section was saved: who saved which version. */
import type { Actor } from '../../auth/actor.ts';
import type { ServerDeps } from '../../deps.ts';
import { eventsOf } from './events-of.ts';

export async function announceSectionSaved(
  deps: ServerDeps,
  actor: Actor,
  proposalId: string,
  saved: { key: string; version: number },
): Promise<void> {
  try {
    await eventsOf(deps).publish({
      type: 'section-saved',
      proposalId,
      section: saved.key,
      version: saved.version,
      by: { accountId: actor.id, name: actor.name },
    });
  } catch (error) {
    // The save is stored and answered all the same: the others see it on their next reload.
    console.error(`The save of ${proposalId}/${saved.key} could not be announced: ${String(error)}`);
  }
}
