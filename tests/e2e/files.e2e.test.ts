/**
 * Files: the proposal as PDF, the budget as XLSX and the export as JSON, each downloaded with a
 * progress bar; and the JSON imported again as a new draft.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app.ts';
import { keepFailureShot, screenshot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

let web: WebPlatform;
let browser: Browser;
const timings = new Timings('downloads and import');

before(async () => {
  web = await startWebPlatform();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(timings.table());
});

/** Holds a file's response back until the page shows its progress bar, then lets it through. */
async function slowDownload(page: Page, pattern: string, button: string): Promise<Buffer> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Downloading ${button}` })
    .waitFor();
  assert.equal(await page.locator('.downloads progress').count(), 1, 'a progress bar while the file comes');
  release();
  const file = await download;
  await page.unroute(pattern);
  return readFile((await file.path())!);
}

it('downloads the proposal as PDF, XLSX and JSON, and imports the JSON as a new draft', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'files', async () => {
    await signIn(page, web.email('coordinator'));
    await page.getByRole('link', { name: 'GREENSKILLS' }).click();
    const original = page.url();

    const pdf = await slowDownload(page, '**/proposal.pdf', 'Proposal (PDF)');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    await page.getByText('Downloaded GREENSKILLS-proposal.pdf.').waitFor({ state: 'attached' });
    const xlsx = await slowDownload(page, '**/budget.xlsx', 'Budget (XLSX)');
    assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip file');
    const json = await slowDownload(page, '**/export.json', 'Export (JSON)');
    const exported = JSON.parse(json.toString('utf8'));
    assert.equal(exported.acronym, 'GREENSKILLS');
    timings.step('three downloads');

    await page.goto('/#/');
    await page.getByLabel('Exported proposal (JSON file)').setInputFiles({
      name: 'GREENSKILLS-proposal.json',
      mimeType: 'application/json',
      buffer: json,
    });
    await page.getByRole('heading', { level: 2, name: 'Consortium' }).waitFor();
    assert.notEqual(page.url(), original, 'a new proposal');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'GREENSKILLS');
    assert.equal(await page.locator('.participant-row').count(), 5);
    await screenshot(page, 'files-01-imported');
    timings.step('import');

    await page.goto('/#/');
    await page.getByLabel('Exported proposal (JSON file)').setInputFiles({
      name: 'not.json',
      mimeType: 'application/json',
      buffer: Buffer.from('no json here'),
    });
    await page.getByRole('alert').filter({ hasText: 'The file is not JSON.' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
