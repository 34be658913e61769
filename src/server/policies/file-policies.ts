/**
 * Who may upload, read and delete the files of a submission package. Uploading follows editing:
 * the coordinator's contacts upload every file; a partner's contact only their own
 * organisation's letter of mandate. Reading follows reading the proposal (agency staff see the
 * files of the last submitted version only). A file a submission froze is never deleted.
 */
import type { AnnexKind } from '../../engine/call-definition/types.ts';
import type { Actor } from '../auth/actor.ts';
import { type Decision, deny } from './decision.ts';
import { canEditSection, type ProposalFacts } from './policies.ts';

export function canUploadFile(
  actor: Actor | undefined,
  p: ProposalFacts,
  kind: AnnexKind,
  participantId: string | null,
): Decision {
  // A partner's letter of mandate is part of their own organisation's data.
  const section = kind === 'mandate-letter' && participantId ? `participant:${participantId}` : 'files';
  const edit = canEditSection(actor, p, section);
  if (!edit.allowed && edit.code === 'forbidden' && p.membership)
    return deny(403, 'forbidden', "A partner uploads only their own organisation's letter of mandate.");
  return edit;
}

/** Deleting a draft file follows uploading it; a frozen file is refused by the operation (409). */
export const canDeleteFile = canUploadFile;
