/**
 * The submission receipt's signature: an HMAC with the platform's receipt key over the version
 * (proposal, number, arrival, the proposal's SHA-256, the receipt code) and every file of the
 * submission package (its kind, the beneficiary of a letter of mandate, its name, size and
 * SHA-256), so that a receipt whose files were swapped, added, left out or changed no longer
 * verifies. The files are signed in one order whatever order they are listed in. A receipt
 * without files is signed as receipts were before the package existed, so those still verify.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReceiptFile } from '../../contracts/proposal-files.ts';

/** What the signature covers. */
export interface SignedReceipt {
  proposalId: string;
  number: number;
  submittedAt: string;
  sha256: string;
  receiptCode: string;
  files: readonly ReceiptFile[];
}

function fileLine(f: ReceiptFile): string {
  // JSON quotes the name, so no name can pass for another field.
  return JSON.stringify([f.kind, f.participantId, f.name, f.size, f.sha256]);
}

/** The exact text the HMAC is computed over. */
export function receiptPayload(r: SignedReceipt): string {
  const version = `${r.proposalId}|${r.number}|${r.submittedAt}|${r.sha256}|${r.receiptCode}`;
  if (r.files.length === 0) return version;
  const files = r.files.map(fileLine).sort();
  return `${version}|files:${files.join(';')}`;
}

export function signReceipt(key: string, r: SignedReceipt): string {
  return createHmac('sha256', key).update(receiptPayload(r)).digest('hex');
}

/** Whether the receipt's signature is the platform's for exactly this version and these files. */
export function verifyReceipt(key: string, r: SignedReceipt & { signature: string }): boolean {
  const expected = Buffer.from(signReceipt(key, r), 'hex');
  const given = Buffer.from(r.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
