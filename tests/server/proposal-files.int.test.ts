/**
 * The submission package's files, on both stores (the database, and an S3-compatible server
 * started here): Part B over the page limit refused with the pages named, a right one kept; a
 * damaged file and a file of the wrong type refused in English and Danish; the budget table
 * that disagrees with the budget is a finding that stops the submission, one that agrees lets
 * it through; the receipt lists every file's SHA-256; a frozen file cannot be deleted, a new
 * upload makes a new draft file; the content comes back byte for byte.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { verifyReceipt } from '../../src/server/proposals/receipt-signature.ts';
import type { TestClient } from '../support/client.ts';
import { startObjectStore, type TestObjectStore } from '../support/object-store.ts';
import { removePackageFiles, uploadMandateLetters } from '../support/package-files.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export async function pdfOfPages(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]).drawText(`Part B page ${i + 1}`, { x: 50, y: 800 });
  return Buffer.from(await pdf.save());
}

async function upload(
  platform: TestPlatform,
  client: TestClient,
  proposalId: string,
  kind: string,
  name: string,
  body: Buffer,
  participantId?: string,
) {
  const query = new URLSearchParams({ kind, name, ...(participantId && { participantId }) });
  const res = await platform.app.inject({
    method: 'POST',
    url: `/api/v1/proposals/${proposalId}/files?${query}`,
    headers: {
      'content-type': 'application/octet-stream',
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
    },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() };
}

/** The budget table as the platform exports it, with one beneficiary's total changed by `delta`. */
async function budgetTable(client: TestClient, proposalId: string, delta = 0): Promise<Buffer> {
  const res = await client.get(`/api/v1/proposals/${proposalId}/budget.xlsx`);
  assert.equal(res.status, 200);
  if (delta === 0) return res.raw;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && String(row.getCell(1).value) === 'Beneficiary') header = n;
  });
  const row = sheet.getRow(header + 1);
  const totalCol = row.cellCount;
  row.getCell(totalCol).value = Number(row.getCell(totalCol).value) + delta;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const backend of ['database', 's3'] as const) {
  describe(`submission package files, ${backend} store`, () => {
    let platform: TestPlatform;
    let objectStore: TestObjectStore | undefined;
    let coordinator: TestClient;
    let proposalId: string;
    let seeded = 0;

    before(async () => {
      if (backend === 's3') objectStore = await startObjectStore();
      platform = await testPlatform(objectStore ? { s3: objectStore.settings } : {});
      coordinator = await platform.as('coordinator');
      proposalId = await eligibleLot1Proposal(coordinator);
      // The package as a new draft's: nothing uploaded yet.
      await removePackageFiles(coordinator, proposalId);
      // The demo draft's files, which the seed uploaded.
      seeded = (await platform.deps.db.selectFrom('file_objects').select('storage_key').execute()).length;
    });
    after(async () => {
      await platform?.close();
      await objectStore?.close();
    });

    it('refuses Part B over the page limit naming the pages over it, and keeps nothing', async () => {
      const res = await upload(
        platform,
        coordinator,
        proposalId,
        'part-b',
        'part-b.pdf',
        await pdfOfPages(124),
      );
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.match(res.body.message, /pages 121–124 are over the limit of 120/);
      assert.match(res.body.messageDa, /siderne 121–124 er over grænsen på 120/);
      const list = await coordinator.get(`/api/v1/proposals/${proposalId}/files`);
      assert.deepEqual(list.body.files, []);
      const objects = await platform.deps.db.selectFrom('file_objects').selectAll().execute();
      assert.equal(objects.length - seeded, 0, 'the refused upload left no object behind');
    });

    it('refuses a damaged PDF and a spreadsheet sent as Part B, in English and Danish, naming the field', async () => {
      const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
      const res = await upload(platform, coordinator, proposalId, 'part-b', 'part-b.pdf', damaged);
      assert.equal(res.status, 400);
      assert.equal(res.body.error, 'damaged-file');
      assert.match(res.body.message, /PDF cannot be read/);
      assert.match(res.body.messageDa, /PDF-filen kan ikke læses/);
      assert.equal(res.body.problems[0].field, 'file');
      const xlsx = await budgetTable(coordinator, proposalId);
      const wrong = await upload(platform, coordinator, proposalId, 'part-b', 'part-b.pdf', xlsx);
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error, 'wrong-file-type');
      assert.match(wrong.body.message, /content is an XLSX workbook; Part B .* must be a PDF/);
      const text = await upload(
        platform,
        coordinator,
        proposalId,
        'budget-table',
        'budget.xlsx',
        Buffer.from('a,b\n1,2\n'),
      );
      assert.equal(text.status, 400);
      assert.match(text.body.message, /neither a PDF nor an XLSX/);
    });

    it('keeps a right Part B with its page count and gives the content back byte for byte', async () => {
      const partB = await pdfOfPages(120);
      const res = await upload(platform, coordinator, proposalId, 'part-b', 'Part B final.pdf', partB);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.file.pages, 120);
      assert.equal(res.body.file.sha256, sha256(partB));
      assert.equal(res.body.file.mediaType, 'application/pdf');
      const back = await coordinator.get(`/api/v1/proposals/${proposalId}/files/${res.body.file.id}/content`);
      assert.equal(back.status, 200);
      assert.equal(back.headers['content-type'], 'application/pdf');
      assert.equal(sha256(back.raw), sha256(partB));
    });

    it('names the budget table that disagrees, stops the submission, and lets it through once it agrees', async () => {
      const wrong = await upload(
        platform,
        coordinator,
        proposalId,
        'budget-table',
        'budget.xlsx',
        await budgetTable(coordinator, proposalId, 1000),
      );
      assert.equal(wrong.status, 201, JSON.stringify(wrong.body));
      const disagreements = wrong.body.findings.filter(
        (f: { rule: string }) => f.rule === 'package.budget-table-agrees',
      );
      assert.equal(disagreements.length, 1, JSON.stringify(wrong.body.findings));
      assert.match(
        disagreements[0].message.en,
        /the budget table says \d+ EUR, the proposal's budget \d+ EUR/,
      );
      assert.equal(disagreements[0].facts.found - disagreements[0].facts.expected, 1000);
      const refused = await coordinator.post(`/api/v1/proposals/${proposalId}/submit`);
      assert.equal(refused.status, 422);
      assert.ok(
        refused.body.findings.some((f: { rule: string }) => f.rule === 'package.budget-table-agrees'),
      );
      // Without a letter of mandate from each beneficiary but the coordinator, it cannot be submitted either.
      const missing = refused.body.findings.filter(
        (f: { rule: string }) => f.rule === 'package.annex-missing',
      );
      assert.equal(missing.length, 7, JSON.stringify(missing));
      assert.ok(missing.every((f: { severity: string }) => f.severity === 'error'));
      assert.match(missing[0].message.en, /^Letter of mandate for .+ has not been uploaded\.$/);
      await uploadMandateLetters(coordinator, proposalId);

      const table = await budgetTable(coordinator, proposalId);
      const right = await upload(platform, coordinator, proposalId, 'budget-table', 'budget.xlsx', table);
      assert.equal(right.status, 201);
      assert.deepEqual(
        right.body.findings.filter((f: { severity: string }) => f.severity === 'error'),
        [],
        'no error left in the package',
      );
      const list = await coordinator.get(`/api/v1/proposals/${proposalId}/files`);
      assert.equal(list.body.files.length, 9, 'the disagreeing draft table was replaced');
      const objects = await platform.deps.db.selectFrom('file_objects').select('storage_key').execute();
      assert.equal(objects.length - seeded, 9, 'and its content removed');

      const submitted = await coordinator.post(`/api/v1/proposals/${proposalId}/submit`);
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body).slice(0, 500));
      const hashes = Object.fromEntries(
        submitted.body.files.map((f: { kind: string; sha256: string }) => [f.kind, f.sha256]),
      );
      assert.equal(hashes['budget-table'], sha256(table));
      assert.equal(
        hashes['part-b'],
        list.body.files.find((f: { kind: string }) => f.kind === 'part-b').sha256,
      );
      const receipts = await coordinator.get(`/api/v1/proposals/${proposalId}/submissions`);
      assert.deepEqual(receipts.body.at(-1).files, submitted.body.files);
      // The receipt's signature covers the files' SHA-256: it verifies as given, not with one changed.
      const key = platform.deps.receiptKey;
      assert.ok(verifyReceipt(key, submitted.body), 'the receipt verifies');
      assert.ok(verifyReceipt(key, receipts.body.at(-1)), 'the stored receipt verifies');
      const swapped = submitted.body.files.map((f: { kind: string }) =>
        f.kind === 'budget-table' ? { ...f, sha256: sha256(Buffer.from('another table')) } : f,
      );
      assert.equal(verifyReceipt(key, { ...submitted.body, files: swapped }), false);
      // The confirmation e-mail lists every file's SHA-256 too.
      const mails = await platform.deps.db
        .selectFrom('outbox')
        .select('body')
        .where('subject', 'like', '%submitted (version 1)%')
        .execute();
      assert.ok(mails.length > 0);
      for (const m of mails) assert.ok(m.body.includes(`budget.xlsx: ${sha256(table)}`), m.body);
      const pdf = await coordinator.get(`/api/v1/proposals/${proposalId}/submissions/1/receipt.pdf?lang=da`);
      assert.equal(pdf.status, 200);
    });

    it('never changes a file of a submitted version: deleting it is refused, a new upload is a new draft file', async () => {
      const list = (await coordinator.get(`/api/v1/proposals/${proposalId}/files`)).body;
      const partB = list.files.find((f: { kind: string }) => f.kind === 'part-b');
      assert.equal(partB.frozenBySubmission, 1);
      const del = await coordinator.request('DELETE', `/api/v1/proposals/${proposalId}/files/${partB.id}`);
      assert.equal(del.status, 409);
      assert.match(del.body.messageDa, /indsendt version/);
      const newer = await pdfOfPages(3);
      const res = await upload(platform, coordinator, proposalId, 'part-b', 'part-b-v2.pdf', newer);
      assert.equal(res.status, 201);
      assert.equal(res.body.file.frozenBySubmission, null);
      // The submitted version still lists, and still serves, the first Part B.
      const receipts = await coordinator.get(`/api/v1/proposals/${proposalId}/submissions`);
      assert.equal(
        receipts.body[0].files.find((f: { kind: string }) => f.kind === 'part-b').sha256,
        partB.sha256,
      );
      const row = await platform.deps.db
        .selectFrom('proposal_files')
        .select(['sha256', 'superseded_at'])
        .where('id', '=', partB.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.sha256, partB.sha256);
      assert.ok(row.superseded_at, 'kept, superseded by the new draft file');
      // The new draft file can be deleted.
      const gone = await coordinator.request(
        'DELETE',
        `/api/v1/proposals/${proposalId}/files/${res.body.file.id}`,
      );
      assert.equal(gone.status, 200, JSON.stringify(gone.body));
    });

    it('a resubmission freezes the new files for its version and leaves each older file with the version that first froze it', async () => {
      const before = (await coordinator.get(`/api/v1/proposals/${proposalId}/files`)).body.files;
      assert.ok(before.every((f: { frozenBySubmission: number | null }) => f.frozenBySubmission === 1));
      const res = await upload(
        platform,
        coordinator,
        proposalId,
        'part-b',
        'part-b-v3.pdf',
        await pdfOfPages(4),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const second = await coordinator.post(`/api/v1/proposals/${proposalId}/submit`);
      assert.equal(second.status, 201, JSON.stringify(second.body));
      assert.equal(second.body.number, 2);
      const files = (await coordinator.get(`/api/v1/proposals/${proposalId}/files`)).body.files as {
        id: string;
        kind: string;
        frozenBySubmission: number | null;
      }[];
      // The test above superseded the first Part B and deleted its replacement: this is the only one.
      assert.equal(before.filter((f: { kind: string }) => f.kind === 'part-b').length, 0);
      assert.equal(files.length, before.length + 1);
      const frozenBy = Object.fromEntries(files.map((f) => [f.id, f.frozenBySubmission]));
      assert.equal(frozenBy[res.body.file.id], 2, 'the new Part B is frozen by version 2');
      for (const f of files.filter((f) => f.id !== res.body.file.id))
        assert.equal(frozenBy[f.id], 1, `${f.kind} stays frozen by version 1`);
      // Version 2 holds every current file, the ones version 1 froze included.
      const v2 = await platform.deps.db
        .selectFrom('submission_files')
        .innerJoin('submissions', 'submissions.id', 'submission_files.submission_id')
        .select('submission_files.file_id')
        .where('submissions.proposal_id', '=', proposalId)
        .where('submissions.number', '=', 2)
        .execute();
      assert.deepEqual(v2.map((r) => r.file_id).sort(), files.map((f) => f.id).sort());
      const receipts = await coordinator.get(`/api/v1/proposals/${proposalId}/submissions`);
      assert.equal(receipts.body.at(-1).files.length, files.length);
    });

    it('refuses a file over the call’s size limit with 413 and keeps nothing', async () => {
      const limit = platform.deps.definitions.calls['2026']!.submissionPackage.maxFileBytes.value;
      const big = Buffer.concat([await pdfOfPages(1), Buffer.alloc(limit, 0x20)]);
      const res = await upload(platform, coordinator, proposalId, 'other', 'annex.pdf', big);
      assert.equal(res.status, 413);
      assert.match(res.body.messageDa, /større end indkaldelsens grænse/);
      const incomplete = await platform.deps.db
        .selectFrom('file_objects')
        .selectAll()
        .where('complete', '=', false)
        .where('created_at', '>', new Date(1))
        .execute();
      assert.equal(incomplete.length, 0);
    });

    it('lets no one else read or upload the files', async () => {
      const stranger = await platform.client().register('stranger-files@example.org', 'Stranger');
      const list = await stranger.get(`/api/v1/proposals/${proposalId}/files`);
      assert.equal(list.status, 404);
      const res = await upload(platform, stranger, proposalId, 'part-b', 'x.pdf', await pdfOfPages(1));
      assert.equal(res.status, 404);
    });
  });
}
