/**
 * Every page of the app, as each kind of account sees it: axe-core finds no violation, nothing
 * scrolls sideways at 360 px, and a screenshot of each (wide and 360 px) is kept. The results
 * are printed as one table. The platform's clock is moved past the demo deadline halfway, so
 * the officer sees the submitted proposals of a closed call.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../src/server/clock.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditRows, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

const clock = new ManualClock(new Date());
let web: WebPlatform;
let browser: Browser;
const timings = new Timings('every page: axe, 360 px, screenshots');

before(async () => {
  web = await startWebPlatform({ clock });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
  console.log(timings.table());
});

async function visit(page: Page, name: string, url: string, ready: (page: Page) => Promise<unknown>) {
  await page.goto(url);
  await ready(page);
  await auditPage(page, name);
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name }).waitFor();
const h2 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 2, name }).waitFor();

it('every page has no accessibility violation and fits 360 px', async () => {
  const coordinatorApi = await web.api('coordinator');
  // A submitted proposal with two versions, for the receipts and the comparison of versions.
  const submittedId = await eligibleLot1Proposal(coordinatorApi);
  assert.equal((await coordinatorApi.post(`/api/v1/proposals/${submittedId}/submit`)).status, 201);
  await saveSection(coordinatorApi, submittedId, 'general', (g) => ({
    ...g,
    title: 'A test alliance, second version',
  }));
  assert.equal((await coordinatorApi.post(`/api/v1/proposals/${submittedId}/submit`)).status, 201);
  const invitation = await coordinatorApi.post(`/api/v1/proposals/${submittedId}/invitations`, {
    participantId: 'p2',
    email: 'tour.partner@example.org',
  });
  assert.equal(invitation.status, 201);
  const outbox = await (await web.api('admin')).get('/api/v1/admin/outbox');
  // The outbox also holds the submissions' confirmations: the invitation is the partner's e-mail.
  const invitationMail = outbox.body.find((m: any) => m.to === 'tour.partner@example.org');
  const invitationLink: string = /https?:\/\/\S+/.exec(invitationMail.body)![0];
  timings.step('set up a submitted proposal');

  const visitor = await newUser(browser, web.baseUrl);
  await keepFailureShot(visitor.page, 'pages-visitor', async () => {
    const p = visitor.page;
    await visit(p, 'page-01-sign-in', '/#/sign-in', h1('Sign in'));
    await visit(p, 'page-02-register', '/#/register', h1('Create an applicant account'));
    await visit(p, 'page-03-invitation-signed-out', invitationLink, h1('Invitation to a proposal'));
    // A page that needs an account asks for the sign-in first, and returns there afterwards.
    await visit(p, 'page-04-deep-link-signed-out', '/#/proposals/x/budget', h1('Sign in'));
    // A failed sign-in shows the server's message.
    await p.locator('#sign-in-email').fill('nobody@example.org');
    await p.locator('#sign-in-password').fill('wrong-password');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('alert').waitFor();
    await auditPage(p, 'page-05-sign-in-error');
  });
  timings.step('signed-out pages');

  const coordinator = await newUser(browser, web.baseUrl);
  await keepFailureShot(coordinator.page, 'pages-coordinator', async () => {
    const p = coordinator.page;
    await signIn(p, web.email('coordinator'));
    await visit(p, 'page-06-dashboard', '/#/', h1('My proposals and open calls'));
    await visit(p, 'page-06b-not-found', '/#/nowhere', h1('Page not found'));
    await visit(p, 'page-07-new-proposal', '/#/calls/demo/new', h1('Start a proposal'));
    await p.locator('#new-q').fill('Lyon');
    await p.getByRole('button', { name: 'Search' }).click();
    await p.getByText('2 organisations found.').waitFor();
    await p.getByText('Not in the registry? Register the organisation').click();
    await auditPage(p, 'page-08-new-proposal-search');
    const demo = (await coordinatorApi.get('/api/v1/proposals')).body.find(
      (x: any) => x.acronym === 'GREENSKILLS',
    );
    const tabs: [string, RegExp][] = [
      ['general', /^General$/],
      ['consortium', /^Consortium$/],
      ['participants', /^Participants$/],
      ['work-plan', /^Work plan$/],
      ['budget', /^Budget$/],
      ['answers', /^Award criteria$/],
      ['review', /^Review and submit$/],
      ['submissions', /^Receipts and versions$/],
      ['partners', /^Partners’ contacts$/],
    ];
    for (const [i, [tab, heading]] of tabs.entries()) {
      await visit(
        p,
        `page-${String(9 + i).padStart(2, '0')}-editor-${tab}`,
        `/#/proposals/${demo.id}/${tab}`,
        h2(heading),
      );
    }
    await visit(
      p,
      'page-18-submitted-versions',
      `/#/proposals/${submittedId}/submissions`,
      h2('Receipts and versions'),
    );
    await p.getByRole('button', { name: 'Compare' }).click();
    await p.locator('.diff-table').waitFor();
    await auditPage(p, 'page-19-version-diff');
    await visit(p, 'page-20-review-link-focus', `/#/proposals/${demo.id}/review`, h2('Review and submit'));
    await p.getByRole('link', { name: /^Go to the field: The answer to "Impact" is empty/ }).click();
    await p.waitForFunction(() => document.activeElement?.id === 'f-answers-impact');
  });
  timings.step('applicant pages');

  const partner = await newUser(browser, web.baseUrl);
  await keepFailureShot(partner.page, 'pages-partner', async () => {
    const p = partner.page;
    await p.goto(invitationLink);
    await p.locator('#inv-register-name').fill('Tour Partner');
    await p.locator('#inv-register-email').fill('tour.partner@example.org');
    await p.locator('#inv-register-password').fill('a-long-password-1');
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.getByRole('button', { name: 'Accept the invitation' }).waitFor();
    await auditPage(p, 'page-21-invitation-signed-in');
    await p.getByRole('button', { name: 'Accept the invitation' }).click();
    await h2('Participants')(p);
    await auditPage(p, 'page-22-partner-participants');
  });
  timings.step('partner pages');

  // The demo call closes: agency staff now see its submitted proposals.
  clock.advance(61 * 86_400_000);
  const officer = await newUser(browser, web.baseUrl);
  await keepFailureShot(officer.page, 'pages-officer', async () => {
    const p = officer.page;
    await signIn(p, web.email('officer'));
    await h1('Submitted proposals')(p);
    await p.getByRole('link', { name: 'TESTALLY' }).waitFor();
    await auditPage(p, 'page-23-officer-home');
    await p.getByRole('link', { name: 'TESTALLY' }).click();
    await h2('Review and submit')(p);
    await p.getByText('The call has closed: the proposal can be read, not changed.').waitFor();
    await auditPage(p, 'page-24-officer-reads-proposal');
  });
  const expert = await newUser(browser, web.baseUrl);
  await keepFailureShot(expert.page, 'pages-expert', async () => {
    await signIn(expert.page, web.email('expert1'));
    await h1('My assignments')(expert.page);
    await auditPage(expert.page, 'page-25-expert-home');
  });
  const admin = await newUser(browser, web.baseUrl);
  await keepFailureShot(admin.page, 'pages-admin', async () => {
    const p = admin.page;
    await signIn(p, web.email('admin'));
    await h1('Administration')(p);
    await p.locator('#acc-name').fill('Olga Officer');
    await p.locator('#acc-email').fill('olga.officer@example.org');
    await p.locator('#acc-password').fill('a-long-password-1');
    await p.getByRole('button', { name: 'Create the account' }).click();
    await p.getByText('Account olga.officer@example.org created.').waitFor();
    await p.getByRole('cell', { name: 'olga.officer@example.org' }).waitFor();
    await auditPage(p, 'page-26-admin');
  });
  timings.step('officer, expert, admin pages');

  for (const u of [visitor, coordinator, partner, officer, expert, admin]) assert.deepEqual(u.errors, []);
  const failing = auditRows.filter((r) => r.violations > 0 || r.overflow360);
  assert.deepEqual(
    failing.map((r) => `${r.page}: ${r.details.join(' | ')}`),
    [],
    'every page: no axe violation and no sideways scrolling at 360 px',
  );
  assert.ok(auditRows.length >= 26, `${auditRows.length} pages audited`);
});
