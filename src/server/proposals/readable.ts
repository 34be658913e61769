/**
 * A proposal as the reader may see it: its applicants read the current sections, agency staff
 * the last submitted version (src/server/proposals/submitted-version.ts). Every read path that
 * shows content (the view, export.json, proposal.pdf, budget.xlsx) goes through here.
 */
import type { ProposalDocument } from '../../engine/proposal/document.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { enforce } from '../operations/write.ts';
import { canReadProposal, type ProposalFacts, readsSubmittedVersionOnly } from '../policies/policies.ts';
import {
  assembleDocument,
  loadProposalRow,
  loadSections,
  type ProposalRow,
  proposalFacts,
  type SectionState,
} from './repository.ts';
import {
  documentOf,
  lastSubmission,
  refuseIfWithdrawn,
  type SubmittedVersion,
  sectionsOf,
} from './submitted-version.ts';

export interface ReadableProposal {
  proposal: ProposalRow;
  facts: ProposalFacts;
  sections: Map<string, SectionState>;
  document: ProposalDocument;
  /** Set when the reader sees the last submitted version rather than the current sections. */
  submitted: SubmittedVersion | null;
}

/** The row and the facts, once the reader may read the proposal at all. */
export async function readableRow(deps: ServerDeps, actor: Actor | undefined, id: string) {
  const proposal = await loadProposalRow(deps.db, id);
  const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
  enforce(canReadProposal(actor, facts));
  return { proposal, facts };
}

/** The content the reader may see; agency staff are refused a withdrawn proposal's content. */
export async function readableContent(
  deps: ServerDeps,
  actor: Actor | undefined,
  id: string,
): Promise<ReadableProposal> {
  const { proposal, facts } = await readableRow(deps, actor, id);
  if (!readsSubmittedVersionOnly(facts)) {
    const sections = await loadSections(deps.db, id);
    return {
      proposal,
      facts,
      sections,
      document: await assembleDocument(deps.db, proposal, sections),
      submitted: null,
    };
  }
  await refuseIfWithdrawn(deps, proposal);
  const submitted = await lastSubmission(deps, proposal);
  return {
    proposal,
    facts,
    sections: sectionsOf(submitted),
    document: documentOf(proposal, submitted),
    submitted,
  };
}

/** The saved versions of sections are drafts: their applicants read them, agency staff do not. */
export async function assertHistoryReadable(deps: ServerDeps, actor: Actor | undefined, id: string) {
  const { facts } = await readableRow(deps, actor, id);
  if (readsSubmittedVersionOnly(facts))
    throw new HttpError(
      403,
      'submitted-version-only',
      'Agency staff read the last submitted version; the saved drafts of its sections are the applicants’.',
    );
}
