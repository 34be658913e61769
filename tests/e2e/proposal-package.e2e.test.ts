/**
 * The submission package as the applicant sees it, in English and Danish: Part B over the page
 * limit refused with the pages named, a right one kept; the budget table that disagrees with the
 * budget is a finding naming the difference, the one that agrees clears it; the proposal is
 * submitted and its receipt lists each file's SHA-256. Every page axe-clean and usable at 360 px.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../src/server/clock.ts';
import { removePackageFiles } from '../support/package-files.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { signIn } from './support/app.ts';
import { auditPage, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

let web: WebPlatform;
let browser: Browser;
const clock = new ManualClock(new Date());
/** The proposal the first journey submits, which the expert then reads. */
let submitted: { id: string; partB: Buffer } | undefined;

before(async () => {
  web = await startWebPlatform({ clock, demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function pdfOfPages(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
}

/** The platform's own budget table, with the first beneficiary's total raised by `delta` euros. */
async function changedTable(table: Buffer, delta: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(table as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && String(row.getCell(1).value) === 'Beneficiary') header = n;
  });
  const row = sheet.getRow(header + 1);
  row.getCell(row.cellCount).value = Number(row.getCell(row.cellCount).value) + delta;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, slot: string, name: string, buffer: Buffer, chooseLabel: RegExp) {
  const item = page.locator(`[data-slot="${slot}"]`);
  await item.getByLabel(chooseLabel).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await item.getByRole('button', { name: /^(Upload|Uploader)/ }).click();
  return item;
}

it('Part B over the limit refused with the pages named, a budget table that disagrees then agrees, submitted with the files’ hashes', async () => {
  const api = await web.api('coordinator');
  const id = await eligibleLot1Proposal(api);
  // Part B and the budget table are uploaded here, in the browser; the letters of mandate stay.
  await removePackageFiles(api, id, ['part-b', 'budget-table']);
  const table = (await api.get(`/api/v1/proposals/${id}/budget.xlsx`)).raw as Buffer;
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'proposal-package', async () => {
    await signIn(page, web.email('coordinator'));
    await page.goto(`/#/proposals/${id}/files`);
    await page.getByRole('heading', { level: 2, name: 'Files' }).waitFor();
    assert.deepEqual((await auditPage(page, 'package-01-empty')).details, []);

    let slot = await upload(
      page,
      'part-b',
      'part-b-long.pdf',
      await pdfOfPages(124),
      /Choose the file for Part B/,
    );
    await slot
      .getByRole('alert')
      .getByText('pages 121–124 are over the limit of 120', { exact: false })
      .waitFor();
    assert.equal(await slot.locator('[data-file]').count(), 0, 'nothing kept');

    const partB = await pdfOfPages(12);
    slot = await upload(page, 'part-b', 'part-b.pdf', partB, /Choose the file for Part B/);
    await slot.getByText('part-b.pdf uploaded.').waitFor();
    await slot.getByText(sha256(partB)).waitFor();
    await slot.getByText('12 pages', { exact: false }).waitFor();

    const wrong = await changedTable(table, 1000);
    slot = await upload(
      page,
      'budget-table',
      'budget.xlsx',
      wrong,
      /Choose the file for Detailed budget table/,
    );
    await slot.getByText('budget.xlsx uploaded.').waitFor();
    // The live check beside the page lists the same finding; the files page's own list is read.
    const disagreement = page
      .getByTestId('file-findings')
      .locator('[data-rule="package.budget-table-agrees"]');
    await disagreement.getByText(/the budget table says \d+ EUR, the proposal's budget \d+ EUR/).waitFor();
    assert.deepEqual((await auditPage(page, 'package-02-disagrees')).details, []);

    slot = await upload(
      page,
      'budget-table',
      'budget.xlsx',
      table,
      /Choose the file for Detailed budget table/,
    );
    await slot.getByText(sha256(table)).waitFor();
    await disagreement.waitFor({ state: 'detached' });

    await page.goto(`/#/proposals/${id}/review`);
    await page.getByRole('button', { name: 'Submit the proposal' }).click();
    await page
      .getByRole('dialog', { name: 'Submit the proposal?' })
      .getByRole('button', { name: 'Submit now' })
      .click();
    await page.getByText('Submitted: version 1. Keep this receipt.').waitFor();
    await page.goto(`/#/proposals/${id}/submissions`);
    await page.locator(`[data-file-hash="${sha256(partB)}"]`).waitFor();
    await page.locator(`[data-file-hash="${sha256(table)}"]`).waitFor();
    assert.deepEqual((await auditPage(page, 'package-03-receipt')).details, []);

    // The submitted files are frozen: the page says so, and offers no delete.
    await page.goto(`/#/proposals/${id}/files`);
    await page.getByText('Part of submitted version 1', { exact: false }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: /^Delete / }).count(), 0);
    submitted = { id, partB };
  });
  assert.deepEqual(errors, []);
});

it('in Danish: the files page and the refusal of Part B over the limit, with no English left', async () => {
  const api = await web.api('coordinator');
  const id = await eligibleLot1Proposal(api);
  await removePackageFiles(api, id);
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'proposal-package-da', async () => {
    await signIn(page, web.email('coordinator'));
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.goto(`/#/proposals/${id}/files`);
    await page.locator('#files-h', { hasText: 'Filer' }).waitFor();
    const slot = await upload(page, 'part-b', 'del-b.pdf', await pdfOfPages(121), /Vælg filen til Del B/);
    await slot.getByRole('alert').getByText('side 121 er over grænsen på 120', { exact: false }).waitFor();
    await page.getByText('Del B (teknisk beskrivelse) er ikke uploadet.').first().waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    for (const english of [
      'Upload the',
      'has not been uploaded',
      'Choose the file',
      'Not uploaded yet',
      'over the limit',
    ])
      assert.ok(!main.includes(english), `no English left: "${english}"`);
    assert.deepEqual((await auditPage(page, 'package-04-danish')).details, []);
  });
  assert.deepEqual(errors, []);
});

it('an assigned expert reads Part B inside the platform, page by page, and cites a page in the comment', async () => {
  assert.ok(submitted, 'the first journey submitted a proposal');
  // The demo call closes; the officer screens the proposal in and confirms the assignment.
  clock.advance(61 * 24 * 3600 * 1000);
  const officer = await web.api('officer');
  const screened = await officer.post(`/api/v1/evaluation/proposals/${submitted.id}/screening`, {
    decision: 'eligible',
    reason: 'Checked against the call: all rules met.',
  });
  assert.equal(screened.status, 200, JSON.stringify(screened.body));
  const proposed = await officer.post('/api/v1/evaluation/calls/demo/assignment/propose');
  assert.equal(proposed.body.result.feasible, true, JSON.stringify(proposed.body));
  assert.equal((await officer.post('/api/v1/evaluation/calls/demo/assignment/confirm')).status, 200);
  const progress = (await officer.get('/api/v1/evaluation/calls/demo/progress')).body;
  const target = progress.find((p: { proposalId: string }) => p.proposalId === submitted!.id);
  const emailOf = new Map<string, string>(
    (await officer.get('/api/v1/evaluation/experts')).body.map((e: any) => [e.expertId ?? e.id, e.email]),
  );
  const email = emailOf.get(target.experts[0].expertId)!;
  const expert = await web.api(email);
  const base = `/api/v1/evaluation/proposals/${submitted.id}`;
  // Before the declaration the files stay closed.
  assert.equal((await expert.get(`${base}/files`)).status, 403);
  const declared = await expert.post(`${base}/declaration`, { noConflict: true, confidentiality: true });
  assert.equal(declared.status, 200, JSON.stringify(declared.body));

  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'proposal-package-expert', async () => {
    await signIn(page, email);
    await page.goto(`/#/expert/proposals/${submitted!.id}/evaluation`);
    const viewer = page.locator('.pdf-viewer');
    await viewer.getByText('Page 1 of 12').waitFor();
    await viewer.getByRole('button', { name: 'Next page' }).click();
    await viewer.getByText('Page 2 of 12').waitFor();
    // The comment last worked on receives the citation.
    const comment = page.getByLabel(/^Comment on “Quality of the project design/);
    await comment.fill('The work plan is clear.');
    await viewer
      .getByRole('button', { name: /^Cite page 2 in the comment on Quality of the project design/ })
      .click();
    assert.equal(await comment.inputValue(), 'The work plan is clear. (p. 2)');
    assert.deepEqual((await auditPage(page, 'package-05-expert-viewer')).details, []);
    // What the viewer shows is the submitted Part B, byte for byte.
    const served = await expert.get(`${base}/files`);
    const partB = served.body.files.find((f: { kind: string }) => f.kind === 'part-b');
    assert.equal(partB.sha256, sha256(submitted!.partB));
  });
  assert.deepEqual(errors, []);
});
