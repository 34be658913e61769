/**
 * Partners at work: the coordinator invites a partner's contact, the admin's outbox holds the
 * link, the partner registers through it and edits only their organisation's parts. Then the
 * two edit at the same time: different sections both save; a save of the same section over the
 * other's unsaved edit gives them the conflict view, and combining keeps both edits.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { beneficiaryBudget, budgetCell, signIn, waitSaved } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot, screenshot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

let web: WebPlatform;
let browser: Browser;
const timings = new Timings('partners: invitation, concurrent edits, conflict');

before(async () => {
  web = await startWebPlatform();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
  console.log(timings.table());
});

const tab = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections of the proposal' }).getByRole('link', { name }).click();
const cell = (page: Page, wp: string, row: string) =>
  budgetCell(beneficiaryBudget(page, 'Amsterdam Robotics BV'), wp, row);

it('invites a partner, lets both edit at once, and merges a conflict without losing an edit', async () => {
  const coordinator = await newUser(browser, web.baseUrl);
  const admin = await newUser(browser, web.baseUrl);
  const partner = await newUser(browser, web.baseUrl);
  const c = coordinator.page;
  const p = partner.page;
  await keepFailureShot(c, 'partners-coordinator', async () => {
    await signIn(c, web.email('coordinator'));
    await c.getByRole('link', { name: 'GREENSKILLS' }).click();
    await tab(c, /^Partners’ contacts/);
    await c.getByLabel('Participant', { exact: true }).selectOption({ label: 'Amsterdam Robotics BV' });
    await c.getByLabel('Contact’s e-mail address').fill('robotics.contact@example.org');
    await c.getByRole('button', { name: 'Send the invitation' }).click();
    await c.getByText('Invitation sent to robotics.contact@example.org.').waitFor();
    await c.getByText(/robotics\.contact@example\.org.*not accepted yet/).waitFor();
    timings.step('coordinator invites a contact');

    await signIn(admin.page, web.email('admin'));
    await admin.page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const mail = admin.page.locator('.mail', { hasText: 'To robotics.contact@example.org' });
    const link = await mail.getByRole('link').getAttribute('href');
    assert.match(link ?? '', new RegExp(`^${web.baseUrl}/#/invitations/`));
    timings.step('admin reads the outbox');

    await p.goto(link!);
    await p.getByRole('heading', { level: 1, name: 'Invitation to a proposal' }).waitFor();
    await p.locator('#inv-register-name').fill('Ruud Robotica');
    await p.locator('#inv-register-email').fill('robotics.contact@example.org');
    await p.locator('#inv-register-password').fill('a-long-password-1');
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.getByRole('button', { name: 'Accept the invitation' }).click();
    await p.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
    await screenshot(p, 'partners-01-partner-lands');
    timings.step('partner registers and accepts');

    // The partner edits their own organisation only.
    const own = p.locator('fieldset', { has: p.locator('legend', { hasText: 'Amsterdam Robotics BV' }) });
    const other = p.locator('fieldset', { has: p.locator('legend', { hasText: 'Aarhus University' }) });
    assert.equal(await own.getByLabel('Contact person').isEditable(), true);
    assert.equal(await other.getByLabel('Contact person').isEditable(), false);
    await tab(p, /^General/);
    assert.equal(await p.getByLabel('Acronym').isEditable(), false);
    await tab(p, /^Budget/);
    // The tab renders when its data has arrived: wait for the partner's own budget first.
    await p.getByRole('heading', { name: 'Amsterdam Robotics BV', exact: true }).waitFor();
    await cell(p, 'wp1', 'travel').waitFor();
    assert.equal(await cell(p, 'wp1', 'travel').count(), 1, 'inputs in their own budget');
    const coordinatorBudget = p.locator('.beneficiary-budget', {
      has: p.getByRole('heading', { name: 'Aarhus University', exact: true }),
    });
    assert.equal(
      await coordinatorBudget.locator('input').count(),
      0,
      "the coordinator's budget is read-only",
    );

    // Different sections at the same time: the partner's budget lines, the coordinator's narrative.
    await cell(p, 'wp1', 'personMonths').fill('3');
    await cell(p, 'wp1', 'monthlyRate').fill('4000');
    await tab(c, /^Award criteria/);
    await c
      .getByLabel('Relevance of the project', { exact: true })
      .fill('Wind and solar need technicians the region cannot train alone.');
    await Promise.all([
      p.getByRole('button', { name: 'Save changes' }).click(),
      c.getByRole('button', { name: 'Save changes' }).click(),
    ]);
    await Promise.all([waitSaved(p), waitSaved(c)]);
    assert.equal(await c.getByRole('dialog').count(), 0);
    assert.equal(await p.getByRole('dialog').count(), 0);
    timings.step('both save different sections');

    // The same section: the partner saves while the coordinator's edit is unsaved (held back by
    // a value that cannot be kept, so autosave does not store it first). The partner's save
    // reaches the coordinator's screen as the conflict view, without a click.
    await c.reload();
    await p.reload();
    await tab(c, /^Budget/);
    const travel = await cell(c, 'wp2', 'travel').inputValue();
    await cell(c, 'wp2', 'equipment').fill('2500');
    await cell(c, 'wp2', 'travel').fill('x');
    await c.locator('.save-bar__held-back').waitFor();
    await cell(p, 'wp1', 'subcontracting').fill('1500');
    await p.getByRole('button', { name: 'Save changes' }).click();
    await waitSaved(p);
    const dialog = c.getByRole('dialog', { name: 'Someone else saved “Budget of Amsterdam Robotics BV”' });
    await dialog.waitFor();
    const theirs = await dialog
      .locator('section', { has: c.getByRole('heading', { name: /What Ruud Robotica changed/ }) })
      .textContent();
    // Fields by their labels, not their keys.
    assert.match(theirs ?? '', /WP1 [^:]*: B\. Subcontracting: 0 → 1,500/);
    assert.doesNotMatch(theirs ?? '', /lines\.|subcontracting/);
    const mine = await dialog
      .locator('section', { has: c.getByRole('heading', { name: 'What you changed' }) })
      .textContent();
    // A budget line that was new is shown field by field, not as its JSON.
    assert.match(mine ?? '', /WP2 [^:]*: C\.2 Equipment: — → 2,500/);
    assert.doesNotMatch(mine ?? '', /lines\.|"equipment"|\{/);
    const audit = await auditPage(c, 'partners-02-conflict-dialog');
    const screens = process.env.ALLIANCES_SCREENS_DIR;
    if (screens) await c.screenshot({ path: `${screens}/conflict-labels-en.png` });
    assert.deepEqual(audit.details, []);
    timings.step('second saver sees the conflict');

    await dialog.getByRole('button', { name: 'Combine both and review' }).click();
    assert.equal(await cell(c, 'wp1', 'subcontracting').inputValue(), '1,500', 'their edit is on screen');
    assert.equal(await cell(c, 'wp2', 'equipment').inputValue(), '2,500', 'and mine');
    await cell(c, 'wp2', 'travel').fill(travel.replace(/,/g, ''));
    await c.getByRole('button', { name: 'Save changes' }).click();
    await waitSaved(c);
    await screenshot(c, 'partners-03-merged');
    timings.step('combine and save');

    const api = await web.api('coordinator');
    const proposals = await api.get('/api/v1/proposals');
    const id = proposals.body.find((x: any) => x.acronym === 'GREENSKILLS').id;
    const view = await api.get(`/api/v1/proposals/${id}`);
    const lines = view.body.sections['budget:p4'].data.lines;
    assert.deepEqual(lines.wp1.personnel, { personMonths: 3, monthlyRate: 4000 });
    assert.equal(lines.wp1.subcontracting, 1500);
    assert.equal(lines.wp2.equipment, 2500);
    assert.match(view.body.sections['answers:relevance'].data.text, /^Wind and solar/);
    for (const u of [coordinator, admin, partner]) assert.deepEqual(u.errors, []);
  });
});
