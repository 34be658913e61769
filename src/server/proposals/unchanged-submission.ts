/**
 * Submitting again with nothing changed: the version that counts is already this content, so no
 * new version is made (nor a confirmation sent) and the applicant is told so, with the receipt
 * that still counts. A withdrawn proposal submitted again is a change: it counts again.
 */

import { brusselsLocal } from '../calls/call-book.ts';
import type { ProposalState } from '../db/schema.ts';
import { receiptFiles } from '../files/proposal-files.ts';
import type { Tx } from '../operations/write.ts';
import type { Receipt } from './submission.ts';

export interface UnchangedReceipt extends Receipt {
  unchanged: true;
}

/** The proposal's latest submission: what an unchanged submission is compared with, and the number the next one follows. */
export async function lastSubmission(tx: Tx, proposalId: string) {
  return (
    tx
      .selectFrom('submissions')
      // Not the canonical JSON: a receipt needs only these.
      .select(['id', 'number', 'sha256', 'submitted_at', 'receipt_code', 'signature'])
      .where('proposal_id', '=', proposalId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

export async function unchangedSubmission(
  tx: Tx,
  last: Awaited<ReturnType<typeof lastSubmission>>,
  proposalId: string,
  state: ProposalState,
  sha256: string,
  /** The ids of the current files: a new or replaced file is a change too. */
  currentFileIds: string[],
): Promise<UnchangedReceipt | undefined> {
  if (state !== 'submitted') return undefined;
  if (!last || last.sha256 !== sha256) return undefined;
  // Only when the content is the same are the frozen files read, so a changed save costs no query.
  const frozen = await tx
    .selectFrom('submission_files')
    .select('file_id')
    .where('submission_id', '=', last.id)
    .execute();
  const before = new Set(frozen.map((f) => f.file_id));
  if (before.size !== currentFileIds.length || currentFileIds.some((id) => !before.has(id))) return undefined;
  const local = brusselsLocal(last.submitted_at);
  return {
    proposalId,
    number: last.number,
    submittedAt: last.submitted_at.toISOString(),
    submittedAtBrussels: `${local.date} ${local.time}`,
    sha256: last.sha256,
    receiptCode: last.receipt_code,
    signature: last.signature,
    files: await receiptFiles(tx, proposalId, last.id),
    unchanged: true,
  };
}
