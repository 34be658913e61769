/**
 * The deadline as the applicant meets it when their computer's clock is wrong: the banner, the
 * warning e-mails 48 and 24 hours before, and the Submit button going when the server's clock
 * passes the deadline. The server runs on its own clock (set near the deadline); the page's clock
 * is set ten days early.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../src/server/clock.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { signIn } from './support/app.ts';
import { auditPage, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

const HOUR = 3_600_000;
/** A server clock that runs, moved by the test. */
let offset = 0;
const clock: Clock = { now: () => new Date(Date.now() + offset) };
let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ clock, deadlineWarningIntervalMs: 200 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
});

async function screens(page: Page, name: string) {
  const dir = process.env.ALLIANCES_SCREENS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Waits for the scheduler to write an e-mail whose subject starts so, about the proposal. */
async function warning(id: string, subject: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const admin = await web.api('admin');
    const found = (await admin.get('/api/v1/admin/outbox')).body.filter(
      (m: any) => m.subject.startsWith(subject) && m.body.includes(`/proposals/${id}/review`),
    );
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no e-mail "${subject}…"`);
}

const setServerTime = (at: number) => {
  offset = at - Date.now();
};

it('warns 48 and 24 hours before on the server clock, and takes the Submit button away at the deadline', async () => {
  const coordinatorApi = await web.api('coordinator');
  const id = await eligibleLot1Proposal(coordinatorApi);
  const deadline = Date.parse((await coordinatorApi.get(`/api/v1/proposals/${id}`)).body.deadline.utc);

  setServerTime(deadline - 47 * HOUR);
  const first = await warning(id, 'Less than 48 hours to the deadline');
  assert.equal(first.length, 1, 'one 48-hour warning to the coordinator contact');
  assert.equal(first[0].to, web.email('coordinator'));

  const { page, errors } = await newUser(browser, web.baseUrl);
  // The applicant's computer is ten days behind.
  await page.clock.install({ time: new Date(deadline - 10 * 24 * HOUR - 47 * HOUR) });
  await keepFailureShot(page, 'deadline-warnings', async () => {
    await signIn(page, web.email('coordinator'));
    await page.goto(`/#/proposals/${id}/review`);
    await page.getByText(/^Less than 48 hours to the deadline \(/).waitFor();
    assert.match((await page.locator('.countdown').first().textContent()) ?? '', /^1 day 22 h|^1 day 23 h/);
    await auditPage(page, 'deadline-01-banner-48h');
    await screens(page, 'deadline-banner-en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByText(/^Under 48 timer til fristen \(/).waitFor();
    await screens(page, 'deadline-banner-da');
    await page.getByRole('button', { name: 'English' }).click();

    setServerTime(deadline - 23 * HOUR);
    const second = await warning(id, 'Less than 24 hours to the deadline');
    assert.equal(second.length, 1);
    assert.equal((await warning(id, 'Less than 48 hours')).length, 1, 'the 48-hour one was not sent again');

    // Shortly before the deadline by the server (signed in again: a session lasts 12 hours), the
    // button is there; then the server's clock passes the deadline and it goes.
    setServerTime(deadline - 20_000);
    await signIn(page, web.email('coordinator'));
    await page.goto(`/#/proposals/${id}/review`);
    // A new page load asks the server its time again (the test moved the server's clock by days).
    await page.reload();
    const submitButton = page.getByRole('button', { name: 'Submit the proposal' });
    await submitButton.waitFor();
    await page.getByText(/^Less than 24 hours to the deadline \(/).waitFor();
    await submitButton.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('The call has closed.').waitFor();
    await screens(page, 'deadline-closed-en');
  });
  assert.deepEqual(errors, []);
});
