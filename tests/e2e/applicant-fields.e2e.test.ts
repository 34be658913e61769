/**
 * What an applicant types that cannot be kept: a negative month or amount is shown as an error
 * with a message that fits the field and holds back "saved"; the live check gives one verdict
 * from every finding; a save that the server refuses for some partners saves all the others and
 * names the refused ones by partner, with links to their fields.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, waitSaved } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot, screenshot } from './support/audit.ts';
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
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
});

const tab = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections of the proposal' }).getByRole('link', { name }).click();
const saveState = async (page: Page) => (await page.locator('.save-bar__state').textContent()) ?? '';

async function openDemoProposal(page: Page) {
  await signIn(page, web.email('coordinator'));
  await page.getByRole('link', { name: 'GREENSKILLS' }).click();
  await page.locator('.eligibility-panel').waitFor();
}

it('a negative month or amount is an error that fits the field and holds back "saved"', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'fields-numbers', async () => {
    await openDemoProposal(page);
    await tab(page, /^Work plan/);
    const start = page.locator('#f-work-plan-workPackages-0-startMonth');
    const before = await start.inputValue();
    await start.fill('-3');
    assert.equal(await start.getAttribute('aria-invalid'), 'true');
    const message = (await page.locator('#f-work-plan-workPackages-0-startMonth-error').textContent()) ?? '';
    assert.doesNotMatch(message, /euro/i, `a month is not euros: ${message}`);
    assert.match(message, /month/i, `the message speaks of months: ${message}`);
    // GREENSKILLS runs 24 months (the General tab): the range is the project's, not the field's.
    assert.match(message, /from 1 to 24\b/, `the message names the project's months: ${message}`);
    assert.doesNotMatch(await saveState(page), /All changes are saved/);
    assert.match(await saveState(page), /1 field/);
    assert.equal(await page.locator('.eligibility-panel').getAttribute('data-ready'), 'false');
    await screenshot(page, 'fields-01-month-invalid');

    await tab(page, /^Budget/);
    const cell = page.locator('input[id$="-lines-wp1-monthlyRate"]').first();
    await cell.fill('-5000');
    assert.equal(await cell.getAttribute('aria-invalid'), 'true');
    const cellError = (await page.locator(`#${await cell.getAttribute('id')}-error`).textContent()) ?? '';
    assert.match(cellError, /negative|0 or more/i, `the amount error says what is wrong: ${cellError}`);
    // The month left behind on the other tab was never a value: only the cell is counted now.
    assert.match(await saveState(page), /1 field holds/);
    await auditPage(page, 'fields: invalid numbers');

    await cell.fill('5000');
    assert.equal(await cell.getAttribute('aria-invalid'), null);
    await tab(page, /^Work plan/);
    assert.equal(await start.inputValue(), before);
    assert.equal(await start.getAttribute('aria-invalid'), null);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitSaved(page);
  });
  assert.deepEqual(errors, []);
});

it('the live check gives one verdict: eligible with empty answers is not ready', async () => {
  // Make the demo proposal eligible (eight beneficiaries, ECHE for the universities) by the API.
  const api = await web.api('coordinator');
  const [proposal] = (await api.get('/api/v1/proposals')).body.filter(
    (p: { acronym?: string }) => p.acronym === 'GREENSKILLS',
  );
  const url = (key: string) => `/api/v1/proposals/${proposal.id}/sections/${encodeURIComponent(key)}`;
  const view = (await api.get(`/api/v1/proposals/${proposal.id}`)).body;
  const consortium = view.sections.consortium;
  const participants = [...consortium.data.participants];
  for (const [i, pic] of ['999100006', '999100007', '999100008'].entries()) {
    const [org] = (await api.get(`/api/v1/organisations?pic=${pic}`)).body;
    participants.push({ id: `p${6 + i}`, organisationId: org.id, role: 'beneficiary' });
  }
  let res = await api.put(url('consortium'), { version: consortium.version, data: { participants } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const fresh = (await api.get(`/api/v1/proposals/${proposal.id}`)).body;
  for (const key of ['participant:p1', 'participant:p3']) {
    const section = fresh.sections[key];
    res = await api.put(url(key), { version: section.version, data: { ...section.data, eche: true } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }

  for (const lang of ['en', 'da'] as const) {
    const { page } = await newUser(browser, web.baseUrl, lang === 'da' ? { locale: 'da-DK' } : {});
    await keepFailureShot(page, `fields-verdict-${lang}`, async () => {
      await openDemoProposal(page);
      const panel = page.locator('.eligibility-panel');
      assert.equal(await panel.getAttribute('data-eligible'), 'true', 'the consortium is eligible');
      assert.ok(Number(await panel.getAttribute('data-errors')) > 0, 'answers are still empty');
      assert.equal(await panel.getAttribute('data-ready'), 'false');
      assert.equal(await panel.locator('.verdict--ok').count(), 0, 'no green verdict beside errors');
      const verdict = (await panel.locator('.verdict').textContent()) ?? '';
      assert.doesNotMatch(verdict, /^(Eligible|Støtteberettiget)$/);
      await screenshot(page, `fields-02-verdict-${lang}`);
    });
    await page.context().close();
  }
});

it('saves every valid section and names each refused one by partner, with a link', async () => {
  const { page } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'fields-save-all', async () => {
    await openDemoProposal(page);
    await tab(page, /^Participants/);
    const fieldset = (name: string) =>
      page.locator('fieldset.participant-details', { has: page.locator('legend', { hasText: name }) });
    await fieldset('Aarhus University').getByLabel('Contact person').fill('Karen Saved');
    await fieldset('Berufskolleg Berlin-Mitte').getByLabel('Contact e-mail address').fill('not an address');
    await fieldset('Amsterdam Robotics BV').getByLabel('Contact e-mail address').fill('also wrong');
    await fieldset('Dansk Erhverv').getByLabel('Contact person').fill('Mads Saved');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // Autosave may have sent the same changes while the fields were typed on a busy machine:
    // read the bar once no save is running and the two refused sections are what is left.
    await page.locator('.save-bar__state', { hasText: /2 sections/ }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).and(page.locator(':enabled')).waitFor();
    const failures = page.locator('.save-bar__failures');
    await failures.waitFor();
    const text = (await failures.textContent()) ?? '';
    assert.match(text, /Berufskolleg Berlin-Mitte/);
    assert.match(text, /Amsterdam Robotics BV/);
    assert.doesNotMatch(text, /Aarhus University|Dansk Erhverv/);
    assert.match(await saveState(page), /Unsaved changes in 2 sections/);
    await screenshot(page, 'fields-03-save-failures');

    // The valid ones are saved on the server.
    const api = await web.api('coordinator');
    const [proposal] = (await api.get('/api/v1/proposals')).body.filter(
      (p: { acronym?: string }) => p.acronym === 'GREENSKILLS',
    );
    const view = (await api.get(`/api/v1/proposals/${proposal.id}`)).body;
    assert.equal(view.sections['participant:p1'].data.contactName, 'Karen Saved');
    assert.equal(view.sections['participant:p5'].data.contactName, 'Mads Saved');

    await failures.getByRole('link', { name: /Amsterdam Robotics BV/ }).click();
    // The link changes the route; the field is focused when the route has been followed.
    await page
      .locator('#f-participant-p4-contactEmail:focus')
      .waitFor({ timeout: 5000 })
      .catch(() => {});
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, 'f-participant-p4-contactEmail');
  });
});
