/**
 * Submitting and withdrawing. A submission is an immutable version: the canonical JSON of the
 * proposal, its SHA-256 and a signed receipt, committed before the applicant is told it
 * succeeded. The instant the request arrived at the server (its clock, read before any waiting
 * for the database) decides whether it is on time and is the receipt's submittedAt
 * (spec/submission-deadline.md); errors refuse it, warnings do not.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ReceiptFile } from '../../contracts/proposal-files.ts';
import { canonicalJson } from '../../engine/proposal/canonical-json.ts';
import { reviewProposal } from '../../engine/proposal/review.ts';
import type { Actor } from '../auth/actor.ts';
import { sha256 } from '../auth/sessions.ts';
import { brusselsLocal } from '../calls/call-book.ts';
import type { ServerDeps } from '../deps.ts';
import { unprocessable } from '../errors.ts';
import { findingsOf, freezeFiles, listFiles, receiptFileOf } from '../files/proposal-files.ts';
import { confirmSubmission } from '../mail/submission-confirmation.ts';
import { authorized, write } from '../operations/write.ts';
import { canSubmit, canWithdraw } from '../policies/policies.ts';
import { proposalContent } from './content.ts';
import { signReceipt } from './receipt-signature.ts';
import {
  assembleDocument,
  factsOf,
  loadProposalForSubmission,
  loadProposalRow,
  loadSectionsWithOrganisations,
  type ProposalRow,
  proposalFacts,
} from './repository.ts';
import { lastSubmission, type UnchangedReceipt, unchangedSubmission } from './unchanged-submission.ts';

export { signReceipt, verifyReceipt } from './receipt-signature.ts';

export interface Receipt {
  proposalId: string;
  number: number;
  submittedAt: string;
  submittedAtBrussels: string;
  sha256: string;
  receiptCode: string;
  signature: string;
  /** The submission package's files, each with its SHA-256. */
  files: ReceiptFile[];
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function receiptCode(): string {
  const bytes = randomBytes(8);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out += CROCKFORD[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `R-${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

export async function submitProposal(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  /** When the request arrived (src/server/http/arrival-hook.ts); the clock's now for callers without one. */
  arrivedAt: Date = deps.clock.now(),
): Promise<Receipt | UnchangedReceipt> {
  return write<Receipt | UnchangedReceipt, ProposalRow>(
    deps,
    actor,
    { action: 'proposal.submit', entityType: 'proposal', entityId: proposalId, proposalId },
    async (tx) => {
      // Exclusive: no section is saved while the submission reads them all. The row read under
      // the lock, with the submitter's membership, is the one the work uses (one round trip).
      const { proposal, membership } = await loadProposalForSubmission(tx, proposalId, actor?.id);
      return authorized(
        proposal,
        canSubmit(actor, await factsOf(deps.calls, arrivedAt, proposal, membership)),
      );
    },
    async (tx, now, proposal) => {
      const book = await deps.calls.ruleBook(proposal.call_id);
      const call = book.calls[proposal.call_id]!;
      const { sections, organisations } = await loadSectionsWithOrganisations(tx, proposalId);
      const doc = await assembleDocument(tx, proposal, sections, organisations);
      const submittedAt = arrivedAt.toISOString();
      const review = reviewProposal(book, doc, submittedAt);
      // The submission package's files: a Part B over its limit, a budget table that disagrees.
      const files = await listFiles(tx, proposalId);
      const packageIssues = findingsOf(doc, call, files);
      const findings = [...review.findings, ...packageIssues];
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (errors > 0) {
        throw unprocessable(`The proposal has ${errors} errors; fix them and submit again.`, {
          findings: [
            ...findings.filter((f) => f.severity === 'error'),
            ...findings.filter((f) => f.severity === 'warning'),
          ],
        });
      }
      const canonical = canonicalJson(proposalContent(doc, call, review.budget));
      // One read for both: whether nothing changed since the latest version, and the next number.
      const last = await lastSubmission(tx, proposalId);
      const same = await unchangedSubmission(
        tx,
        last,
        proposalId,
        proposal.state,
        sha256(canonical),
        files.map((f) => f.id),
      );
      if (same) return { result: same, before: { state: proposal.state }, after: { state: proposal.state } };
      const number = (last?.number ?? 0) + 1;
      const unsigned = {
        proposalId,
        number,
        submittedAt,
        sha256: sha256(canonical),
        receiptCode: receiptCode(),
      };
      const submissionId = randomUUID();
      // The files this version freezes, whose SHA-256 the signature covers with the content's.
      const signed = { ...unsigned, files: files.map(receiptFileOf) };
      const receipt: Receipt = {
        ...signed,
        submittedAtBrussels: `${brusselsLocal(arrivedAt).date} ${brusselsLocal(arrivedAt).time}`,
        signature: signReceipt(deps.receiptKey, signed),
      };
      // The version and the proposal's state in one statement (one round trip less while the
      // submission holds the proposal's lock), the proposal pointing at the version just inserted;
      // then the files, which refer to the version.
      await tx
        .with('submitted', (db) =>
          db
            .insertInto('submissions')
            .values({
              id: submissionId,
              proposal_id: proposalId,
              number,
              submitted_at: arrivedAt,
              submitted_by: actor!.id,
              canonical,
              sha256: receipt.sha256,
              receipt_code: receipt.receiptCode,
              signature: receipt.signature,
              findings: JSON.stringify(findings),
            })
            .returning('id'),
        )
        .updateTable('proposals')
        .set((eb) => ({
          state: 'submitted',
          last_submission_id: eb.selectFrom('submitted').select('submitted.id'),
          updated_at: now,
        }))
        .where('id', '=', proposalId)
        .execute();
      await freezeFiles(tx, proposalId, submissionId, files);
      await confirmSubmission(tx, deps.publicUrl, receipt, doc.general.acronym, now);
      return {
        result: receipt,
        before: { state: proposal.state },
        after: {
          state: 'submitted',
          submission: { number, sha256: receipt.sha256, receiptCode: receipt.receiptCode },
        },
      };
    },
  );
}

export async function withdrawProposal(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  arrivedAt: Date = deps.clock.now(),
) {
  return write(
    deps,
    actor,
    { action: 'proposal.withdraw', entityType: 'proposal', entityId: proposalId, proposalId },
    async (tx) => {
      const proposal = await loadProposalRow(tx, proposalId, 'update');
      return canWithdraw(actor, await proposalFacts(tx, deps.calls, arrivedAt, proposal, actor));
    },
    async (tx, now) => {
      const proposal = await loadProposalRow(tx, proposalId);
      if (proposal.state !== 'submitted') {
        throw unprocessable('Only a submitted proposal can be withdrawn.', { state: proposal.state });
      }
      await tx
        .updateTable('proposals')
        .set({ state: 'withdrawn', updated_at: now })
        .where('id', '=', proposalId)
        .execute();
      return {
        result: { state: 'withdrawn' as const },
        before: { state: proposal.state },
        after: { state: 'withdrawn' },
      };
    },
  );
}
