/**
 * After a submission is stored: a confirmation to every contact of the proposal, in their
 * language, with the receipt PDF attached (linked to the version's receipt download). Written in
 * the submission's transaction, so there is a confirmation exactly when there is a version.
 */

import type { Tx } from '../operations/write.ts';
import type { Receipt } from '../proposals/submission.ts';
import { proposalContacts } from './contacts.ts';
import { queueEmail } from './outbox.ts';
import { submissionConfirmation } from './templates/submission-confirmation.ts';

export function receiptPath(proposalId: string, number: number, lang: 'en' | 'da'): string {
  return `/api/v1/proposals/${encodeURIComponent(proposalId)}/submissions/${number}/receipt.pdf?lang=${lang}`;
}

export async function confirmSubmission(
  tx: Tx,
  publicUrl: string,
  receipt: Receipt,
  acronym: string,
  now: Date,
): Promise<number> {
  const contacts = await proposalContacts(tx, receipt.proposalId);
  const base = (acronym || 'proposal').replace(/[^A-Za-z0-9_-]+/g, '-');
  const link = `${publicUrl}/#/proposals/${encodeURIComponent(receipt.proposalId)}/submissions`;
  for (const c of contacts) {
    const text = submissionConfirmation(c.lang, {
      name: c.name,
      acronym,
      number: receipt.number,
      receiptCode: receipt.receiptCode,
      submittedAtBrussels: receipt.submittedAtBrussels,
      sha256: receipt.sha256,
      link,
      files: receipt.files,
    });
    await queueEmail(
      tx,
      {
        to: c.email,
        ...text,
        attachments: [
          {
            filename: `${base}-receipt-v${receipt.number}.pdf`,
            contentType: 'application/pdf',
            path: receiptPath(receipt.proposalId, receipt.number, c.lang),
          },
        ],
      },
      now,
    );
  }
  return contacts.length;
}
