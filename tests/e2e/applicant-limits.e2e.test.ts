/**
 * Long answers and consortium changes as real applicants make them: an answer field shows its
 * limit and takes no more than it (a huge paste is cut at the limit, not kept whole); after "Add
 * as beneficiary" the focus is on the new member; "Remove" can be undone, in place.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot, screenshot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { activate, typeInto } from './support/keyboard.ts';
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
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
});

const tab = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections of the proposal' }).getByRole('link', { name }).click();

async function openDemoProposal(page: Page) {
  await signIn(page, web.email('coordinator'));
  await page.getByRole('link', { name: 'GREENSKILLS' }).click();
  await page.locator('.eligibility-panel').waitFor();
}

it('an answer takes no more than its limit, even from a huge paste', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'limits-answer', async () => {
    await openDemoProposal(page);
    await tab(page, /^Award criteria/);
    const answer = page.locator('textarea[id^="f-answers-"]').first();
    const id = await answer.getAttribute('id');
    const count = page.locator(`#${id}-count`);
    const limit = Number(
      /of ([\d,.]+) characters/.exec((await count.textContent()) ?? '')?.[1]?.replace(/\D/g, ''),
    );
    assert.ok(limit > 0, 'the limit is shown beside the field');
    await answer.focus();
    // A paste of a megabyte: the field keeps the limit's worth.
    await page.keyboard.insertText('Wind technicians need training. '.repeat(32_768));
    assert.equal((await answer.inputValue()).length, limit);
    assert.equal(await count.getAttribute('data-count'), String(limit));
    await screenshot(page, 'limits-01-answer-at-limit');
  });
  assert.deepEqual(errors, []);
});

it('keeps the focus on a new member and undoes a removal in place', async () => {
  const { page } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'limits-consortium', async () => {
    await openDemoProposal(page);
    await tab(page, /^Consortium/);
    await typeInto(page, page.locator('#add-pic'), '999100006');
    await page.keyboard.press('Enter');
    await activate(page, page.getByRole('button', { name: 'Add as beneficiary: IG Metall Bildungszentrum' }));
    await page.locator('.participant-list').getByText('IG Metall Bildungszentrum', { exact: true }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'IG Metall Bildungszentrum',
    );

    const names = () =>
      page
        .locator('.participant-list > li')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
    const before = await names();
    await activate(page, page.getByRole('button', { name: 'Remove: Dansk Erhverv' }));
    assert.deepEqual(
      await names(),
      before.filter((n) => n !== 'Dansk Erhverv'),
    );
    const undo = page.getByRole('button', { name: 'Undo: put Dansk Erhverv back' });
    await undo.waitFor();
    await screenshot(page, 'limits-02-remove-undo');
    await auditPage(page, 'limits: consortium after a removal');
    await activate(page, undo);
    assert.deepEqual(await names(), before, 'back in its place');
  });
});

it('finds organisations whatever the accents and case typed', async () => {
  const { page } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'limits-search', async () => {
    await openDemoProposal(page);
    await tab(page, /^Consortium/);
    for (const [typed, found] of [
      ['Universite de lyon', 'Université de Lyon'],
      ['KRAKOW', 'Kraków Chamber of Commerce'],
    ] as const) {
      await page.locator('#add-q').fill(typed);
      await page.keyboard.press('Enter');
      await page.locator('.org-search').getByText(found, { exact: true }).first().waitFor();
    }
    await screenshot(page, 'limits-03-search-folded');
  });
});
