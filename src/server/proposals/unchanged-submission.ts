/**
 * Submitting again with nothing changed: the version that counts is already this content, so no
 * new version is made (nor a confirmation sent) and the applicant is told so, with the receipt
 * that still counts. A withdrawn proposal submitted again is a change: it counts again.
 */

import { brusselsLocal } from '../calls/call-book.ts';
import type { ProposalState } from '../db/schema.ts';
import type { Tx } from '../operations/write.ts';
import type { Receipt } from './submission.ts';

export interface UnchangedReceipt extends Receipt {
  unchanged: true;
}

export async function unchangedSubmission(
  tx: Tx,
  proposalId: string,
  state: ProposalState,
  sha256: string,
): Promise<UnchangedReceipt | undefined> {
  if (state !== 'submitted') return undefined;
  const last = await tx
    .selectFrom('submissions')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last || last.sha256 !== sha256) return undefined;
  const local = brusselsLocal(last.submitted_at);
  return {
    proposalId,
    number: last.number,
    submittedAt: last.submitted_at.toISOString(),
    submittedAtBrussels: `${local.date} ${local.time}`,
    sha256: last.sha256,
    receiptCode: last.receipt_code,
    signature: last.signature,
    unchanged: true,
  };
}
