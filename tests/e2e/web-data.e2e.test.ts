/**
 * How the web app reads server data, as a user moving between pages sees it: the lists every
 * page shares (the calls, the catalogue) are fetched once, not by every page; and a page left
 * before its answer came is not overwritten by that late answer (its request is cancelled).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page, Request } from 'playwright-core';
import { signIn } from './support/app.ts';
import { keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
});

/** Counts the page's GET requests to exactly this API path. */
function countRequests(page: Page, path: string): { count: number } {
  const seen = { count: 0 };
  page.on('request', (r: Request) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === path) seen.count += 1;
  });
  return seen;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

it('the list of calls is fetched once while the officer moves between three pages that show it', async () => {
  const officer = await newUser(browser, web.baseUrl);
  await keepFailureShot(officer.page, 'web-data-calls-once', async () => {
    const p = officer.page;
    await signIn(p, web.email('officer'));
    await h1(p, 'Submitted proposals');
    // Counted from here: the home page has read the calls once already (or is reading them).
    const calls = countRequests(p, '/api/v1/calls');
    await p.reload();
    await h1(p, 'Submitted proposals');
    await p.locator('tr[data-call="demo-closed"]').waitFor();
    // Three page changes inside the app, each page showing the calls.
    await p
      .getByRole('link', { name: /demo-closed/ })
      .first()
      .click();
    await h1(p, /demo-closed: Screening/);
    await p.getByRole('link', { name: /Experts and conflicts/ }).click();
    await h1(p, /demo-closed: Experts and conflicts/);
    await p.getByRole('link', { name: /Closed calls/ }).click();
    await h1(p, 'Submitted proposals');
    await p.locator('tr[data-call="demo-closed"]').waitFor();
    assert.equal(calls.count, 1, 'GET /api/v1/calls over a reload and three page changes');
  });
  assert.deepEqual(officer.errors, []);
});

it('the catalogue and a call definition are fetched once while the coordinator moves between the editor and a new proposal', async () => {
  const coordinator = await newUser(browser, web.baseUrl);
  await keepFailureShot(coordinator.page, 'web-data-catalogue-once', async () => {
    const p = coordinator.page;
    await signIn(p, web.email('coordinator'));
    const catalogue = countRequests(p, '/api/v1/catalogue');
    const demoCall = countRequests(p, '/api/v1/calls/demo');
    const demo = (await (await web.api('coordinator')).get('/api/v1/proposals')).body.find(
      (x: { acronym: string }) => x.acronym === 'GREENSKILLS',
    );
    await p.goto(`/#/proposals/${demo.id}/consortium`);
    await h1(p, 'GREENSKILLS');
    await p.locator('.eligibility-panel').waitFor();
    await p.goto('/#/calls/demo/new');
    await h1(p, 'Start a proposal');
    await p.locator('#new-q').waitFor();
    await p.goto(`/#/proposals/${demo.id}/budget`);
    await h1(p, 'GREENSKILLS');
    await p.locator('.eligibility-panel').waitFor();
    assert.equal(catalogue.count, 1, 'GET /api/v1/catalogue over three pages');
    assert.equal(demoCall.count, 1, 'GET /api/v1/calls/demo over three pages');
  });
  assert.deepEqual(coordinator.errors, []);
});

it('a proposal left before its answer came is not shown over the next one, and its request is cancelled', async () => {
  const coordinator = await newUser(browser, web.baseUrl);
  await keepFailureShot(coordinator.page, 'web-data-stale-response', async () => {
    const p = coordinator.page;
    await signIn(p, web.email('coordinator'));
    const mine = (await (await web.api('coordinator')).get('/api/v1/proposals')).body as {
      id: string;
      acronym: string;
    }[];
    const first = mine.find((x) => x.acronym === 'GREENSKILLS')!;
    const second = mine.find((x) => x.acronym === 'WINDSKILLS')!;
    // The first proposal's answer is held back until the second one is on screen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const firstPath = `/api/v1/proposals/${first.id}`;
    await p.route(
      (url) => url.pathname === firstPath,
      async (route) => {
        await held;
        await route.continue().catch(() => undefined);
      },
    );
    const cancelled: string[] = [];
    const answered: string[] = [];
    // Settles once the held request ends, either way.
    const settled = new Promise<void>((resolve) => {
      p.on('requestfailed', (r) => {
        if (new URL(r.url()).pathname !== firstPath) return;
        cancelled.push(r.failure()?.errorText ?? '');
        resolve();
      });
      p.on('requestfinished', (r) => {
        if (new URL(r.url()).pathname !== firstPath) return;
        answered.push(r.url());
        resolve();
      });
    });

    const asked = p.waitForRequest((r) => new URL(r.url()).pathname === firstPath);
    await p.goto(`/#/proposals/${first.id}/general`);
    await asked;
    await p.goto(`/#/proposals/${second.id}/general`);
    await h1(p, 'WINDSKILLS');
    release();
    await settled;
    await p.getByRole('heading', { level: 1, name: 'WINDSKILLS' }).waitFor();
    assert.equal(await p.getByRole('heading', { level: 1, name: 'GREENSKILLS' }).count(), 0);
    assert.equal(await p.locator('#f-general-acronym').inputValue(), 'WINDSKILLS');
    assert.deepEqual(answered, [], 'the left proposal was never answered to the page');
    assert.equal(cancelled.length, 1, `the left proposal's request was cancelled: ${cancelled.join(', ')}`);
  });
  assert.deepEqual(coordinator.errors, []);
});
