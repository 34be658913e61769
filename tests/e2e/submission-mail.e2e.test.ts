/**
 * Submitting, as the applicant sees it and as the outbox shows it: each contact's confirmation
 * with the receipt (code, Brussels time, SHA-256) and the receipt PDF; submitting again with
 * nothing changed says so and makes no new version; every version downloads as its PDF.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { brusselsLocal } from '../../src/server/calls/call-book.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { signIn } from './support/app.ts';
import { auditPage, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
});

/** Screenshots of the fixed pages, for the people who review them (not kept in the repository). */
async function screens(page: Page, name: string) {
  const dir = process.env.ALLIANCES_SCREENS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const tabLink = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections of the proposal' }).getByRole('link', { name });

async function submit(page: Page, verb: 'Submit' | 'Resubmit') {
  await page.getByRole('button', { name: `${verb} the proposal` }).click();
  await page
    .getByRole('dialog', { name: `${verb} the proposal?` })
    .getByRole('button', { name: `${verb} now` })
    .click();
}

it('confirms each submission by e-mail with the receipt; no change, no new version; every version as PDF', async () => {
  const coordinatorApi = await web.api('coordinator');
  const id = await eligibleLot1Proposal(coordinatorApi);
  const admin = await web.api('admin');
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'submission-mail', async () => {
    await signIn(page, web.email('coordinator'));
    await page.goto(`/#/proposals/${id}/review`);
    await page.getByText('No errors.').waitFor();
    await submit(page, 'Submit');
    await page.getByText('Submitted: version 1. Keep this receipt.').waitFor();
    const code = (await page.locator('#submit-outcome .receipt__code').textContent()) ?? '';

    const outbox = (await admin.get('/api/v1/admin/outbox')).body;
    const mail = outbox.find((m: any) => m.body.includes(code));
    assert.ok(mail, `a confirmation with the receipt code ${code}`);
    assert.equal(mail.to, web.email('coordinator'));
    assert.equal(mail.subject, 'Receipt: TESTALLY submitted (version 1)');
    const receipt = (await coordinatorApi.get(`/api/v1/proposals/${id}/submissions`)).body[0];
    const brussels = brusselsLocal(new Date(receipt.submittedAt));
    assert.ok(mail.body.includes(`Submitted (Brussels time): ${brussels.date} ${brussels.time}`), mail.body);
    assert.ok(mail.body.includes(`SHA-256: ${receipt.sha256}`));
    assert.deepEqual(
      mail.attachments.map((a: any) => a.filename),
      ['TESTALLY-receipt-v1.pdf'],
    );
    const attached = await coordinatorApi.request('GET', mail.attachments[0].path);
    assert.equal(attached.raw.subarray(0, 4).toString(), '%PDF');

    // Nothing changed: the page says so, and there is still one version and one confirmation.
    await submit(page, 'Resubmit');
    await page
      .getByText(
        'Nothing has changed since version 1: no new version was submitted, and version 1 still counts.',
      )
      .waitFor();
    const after = (await admin.get('/api/v1/admin/outbox')).body;
    assert.equal(after.length, outbox.length, 'no second confirmation');
    await auditPage(page, 'submission-01-unchanged');
    await screens(page, 'submit-unchanged-en');

    await tabLink(page, /^Receipts and versions/).click();
    await page.locator('.receipt-item').first().waitFor();
    assert.equal(await page.locator('.receipt-item').count(), 1, 'one version');
    for (const [button, name] of [
      ['Receipt of version 1 (PDF)', 'TESTALLY-receipt-v1.pdf'],
      ['Version 1 of the proposal (PDF)', 'TESTALLY-proposal-v1.pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      assert.equal(download.suggestedFilename(), name);
      const bytes = await readFile((await download.path())!);
      assert.equal(bytes.subarray(0, 4).toString(), '%PDF', `${name} is a PDF`);
    }
    await auditPage(page, 'submission-02-versions');
    await screens(page, 'versions-en');

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('button', { name: 'Kvittering for version 1 (PDF)' }).waitFor();
    await screens(page, 'versions-da');
    await page.goto(`/#/proposals/${id}/review`);
    await page.getByRole('button', { name: 'Indsend ansøgningen igen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Indsend igen nu' }).click();
    await page.getByText(/^Intet er ændret siden version 1/).waitFor();
    await screens(page, 'submit-unchanged-da');
  });
  assert.deepEqual(errors, []);
});
