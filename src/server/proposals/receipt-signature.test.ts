/**
 * The receipt's signature covers the submission package's files: changing a file's SHA-256 (or
 * leaving a file out, or adding one) breaks the verification, the order they are listed in does
 * not; a receipt without files verifies as receipts did before the package existed.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { it } from 'node:test';
import type { ReceiptFile } from '../../contracts/proposal-files.ts';
import { receiptPayload, type SignedReceipt, signReceipt, verifyReceipt } from './receipt-signature.ts';

const KEY = 'a'.repeat(64);
const hash = (c: string) => c.repeat(64);

const files: ReceiptFile[] = [
  { kind: 'part-b', participantId: null, name: 'Part B.pdf', size: 120_000, sha256: hash('1') },
  { kind: 'budget-table', participantId: null, name: 'budget.xlsx', size: 15_000, sha256: hash('2') },
  { kind: 'mandate-letter', participantId: 'p2', name: 'mandate.pdf', size: 900, sha256: hash('3') },
];
const receipt: SignedReceipt = {
  proposalId: '6f1c1c43-3c57-4d0c-9d0e-2f3f3b0f8a11',
  number: 2,
  submittedAt: '2026-02-26T15:59:59.999Z',
  sha256: hash('c'),
  receiptCode: 'R-ABCD-EFGH-JKMN',
  files,
};
const signed = { ...receipt, signature: signReceipt(KEY, receipt) };

it('verifies the receipt it signed, whatever order the files are listed in', () => {
  assert.equal(verifyReceipt(KEY, signed), true);
  assert.equal(verifyReceipt(KEY, { ...signed, files: [...files].reverse() }), true);
});

it('no longer verifies when a file’s SHA-256 is changed', () => {
  const changed = files.map((f, i) => (i === 2 ? { ...f, sha256: hash('4') } : f));
  assert.equal(verifyReceipt(KEY, { ...signed, files: changed }), false);
  const oneBit = files.map((f, i) => (i === 0 ? { ...f, sha256: `${f.sha256.slice(0, -1)}0` } : f));
  assert.equal(verifyReceipt(KEY, { ...signed, files: oneBit }), false);
});

it('no longer verifies when a file is left out, added, or given to another beneficiary', () => {
  assert.equal(verifyReceipt(KEY, { ...signed, files: files.slice(0, 2) }), false);
  const annex: ReceiptFile = {
    kind: 'other',
    participantId: null,
    name: 'x.pdf',
    size: 1,
    sha256: hash('5'),
  };
  assert.equal(verifyReceipt(KEY, { ...signed, files: [...files, annex] }), false);
  const moved = files.map((f) => (f.participantId ? { ...f, participantId: 'p3' } : f));
  assert.equal(verifyReceipt(KEY, { ...signed, files: moved }), false);
});

it('no longer verifies with another content hash, arrival, key or a damaged signature', () => {
  assert.equal(verifyReceipt(KEY, { ...signed, sha256: hash('d') }), false);
  assert.equal(verifyReceipt(KEY, { ...signed, submittedAt: '2026-02-26T16:00:00.000Z' }), false);
  assert.equal(verifyReceipt('b'.repeat(64), signed), false);
  assert.equal(verifyReceipt(KEY, { ...signed, signature: signed.signature.slice(2) }), false);
  assert.equal(verifyReceipt(KEY, { ...signed, signature: 'not hex' }), false);
});

it('signs a receipt without files as receipts were signed before the package existed', () => {
  const bare = { ...receipt, files: [] };
  const before = createHmac('sha256', KEY)
    .update(`${bare.proposalId}|${bare.number}|${bare.submittedAt}|${bare.sha256}|${bare.receiptCode}`)
    .digest('hex');
  assert.equal(signReceipt(KEY, bare), before);
  assert.equal(verifyReceipt(KEY, { ...bare, signature: before }), true);
  assert.ok(receiptPayload(receipt).includes(hash('3')), 'the files are in what is signed');
});
