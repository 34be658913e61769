/**
 * The answer to a section save: the saved section and the proposal's review as the save left it,
 * built from what the save already read (its sections and the consortium's organisations), so
 * the answer costs no query of its own (one when the save changed the consortium) instead of
 * reading the whole proposal page again.
 */
import { reviewProposal } from '../../engine/proposal/review.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { assembleDocument } from './repository.ts';
import type { SectionSave } from './update-section.ts';
import { reviewSummary } from './view.ts';

export async function sectionSaveView(deps: ServerDeps, actor: Actor, save: SectionSave) {
  const book = await deps.calls.ruleBook(save.proposal.call_id);
  const document = await assembleDocument(deps.db, save.proposal, save.sections, save.organisations);
  const section = save.sections.get(save.saved.key)!;
  return {
    saved: save.saved,
    review: reviewSummary(reviewProposal(book, document)),
    sections: {
      [save.saved.key]: {
        version: section.version,
        data: section.data,
        updatedAt: section.updatedAt.toISOString(),
        // The saver: the section's last writer is the one who just saved it.
        updatedBy: actor.name,
      },
    },
  };
}
