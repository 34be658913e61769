/**
 * The life of a grant as its users meet it: on the closed demo call, once the ranking is
 * confirmed and the reports sent (set up through the API), the officer opens the grant
 * preparation of the best proposal; the coordinator types a mistyped IBAN and reads why it is
 * refused, corrects it and confirms; the officer signs (pre-financing); the coordinator reports on
 * the first period; the officer assesses one work package not completed and approves the payment
 * the page computes; then the final report and the final payment. The ledger's rows add up to
 * its total row, which is the grant. Every page is audited (axe, 360 px), and read in Danish.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { selectThroughEvaluation } from '../support/grant-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditRows, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

const CALL = 'demo-closed';
let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
});

const euros = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));

/** The grant page afresh: going to the hash the page is on already would not load it again. */
async function openFresh(p: Page, url: string) {
  await p.goto(url);
  await p.reload();
}

async function grantHeading(p: Page, acronym: string) {
  await p.getByRole('heading', { level: 1, name: `Grant ${acronym}` }).waitFor();
}

it('a selected proposal goes through preparation, pre-financing, an interim and a final payment; the ledger adds up', async () => {
  const officerApi = await web.api('officer');
  const screening = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body as {
    proposalId: string;
    acronym: string;
  }[];
  const best = screening[0]!;
  const scores = Object.fromEntries(screening.map((s, i) => [s.proposalId, 22 - i]));
  await selectThroughEvaluation(officerApi, (email) => web.api(email), CALL, scores, 10_000_000);

  const officer = await newUser(browser, web.baseUrl);
  const coordinator = await newUser(browser, web.baseUrl);
  const o = officer.page;
  const c = coordinator.page;
  await signIn(o, web.email('officer'));
  await signIn(c, web.email('coordinator'));

  await keepFailureShot(o, 'grant-open', async () => {
    await o.goto('/#/grants');
    await o.getByRole('heading', { level: 1, name: 'Grants' }).waitFor();
    await auditPage(o, 'grant-01-list-officer');
    await o.getByRole('button', { name: `Open the grant preparation of ${best.acronym}` }).click();
    await grantHeading(o, best.acronym);
  });
  const grantUrl = `/#/grants/${encodeURIComponent(best.proposalId)}`;

  await keepFailureShot(c, 'grant-preparation', async () => {
    await openFresh(c, grantUrl);
    await grantHeading(c, best.acronym);
    // The consortium by name, and the shares add up to the grant in the total row.
    const consortium = c.locator('table', {
      has: c.locator('caption', { hasText: 'Participants and their lump-sum shares' }),
    });
    const shares = await consortium.locator('tbody tr:not(.grant-total) td.num').allTextContents();
    const total = euros(await consortium.locator('tr.grant-total td.num').textContent());
    assert.equal(
      shares.map(euros).reduce((a, b) => a + b, 0),
      total,
    );
    assert.doesNotMatch((await consortium.textContent()) ?? '', /\bp\d\b/, 'names, not participant ids');
    await c.getByLabel('Account holder').fill('Aarhus Business College');
    const iban = c.getByLabel('IBAN');
    await iban.fill('DK50 0040 0440 1162 44');
    await c.getByRole('button', { name: 'Save the bank account' }).click();
    await c.getByText('The check digits do not match: a character is mistyped or two are swapped.').waitFor();
    assert.equal(await iban.getAttribute('aria-invalid'), 'true');
    await auditPage(c, 'grant-02-wrong-iban');
    await iban.fill('DK50 0040 0440 1162 43');
    await c.getByRole('button', { name: 'Save the bank account' }).click();
    await c.getByText('The bank account is saved.').waitFor();
    await c.getByRole('button', { name: 'Confirm participants, bank account and split' }).click();
    await c.getByText('The agency is checking what you confirmed before signing.').waitFor();
    await auditPage(c, 'grant-03-confirmed-coordinator');
  });

  await keepFailureShot(o, 'grant-sign', async () => {
    await openFresh(o, grantUrl);
    await grantHeading(o, best.acronym);
    assert.ok(
      (await o.locator('[data-bank]').textContent())?.includes('•'),
      'the officer sees the IBAN masked',
    );
    await o.getByRole('button', { name: 'Sign the grant agreement' }).click();
    await o.locator('.grant-ledger tr[data-kind="pre-financing"]').waitFor();
    await auditPage(o, 'grant-04-signed-officer');
  });

  const view = async () => (await officerApi.get(`/api/v1/grants/${best.proposalId}`)).body;
  const signed = await view();
  assert.equal(signed.ledger[0].amount, Math.floor((signed.amount * 40) / 100));

  async function report(period: number, text: string) {
    await keepFailureShot(c, `grant-report-${period}`, async () => {
      await openFresh(c, grantUrl);
      await grantHeading(c, best.acronym);
      await c.getByLabel(`What was done in period ${period}`).fill(text);
      await c.getByRole('button', { name: `Submit the report for period ${period}` }).click();
      await c.locator(`[data-period="${period}"] [data-report-state="submitted"]`).waitFor();
    });
  }

  await report(1, 'Most work packages are done; one is still under way and is reported next period.');
  // The work package with the smallest share is not completed in period 1; the others are.
  const wps = signed.workPackages as { number: number; share: number }[];
  const open = wps.reduce((a, b) => (b.share < a.share ? b : a));
  const done = wps.filter((wp) => wp !== open);
  await keepFailureShot(o, 'grant-assess-1', async () => {
    await openFresh(o, grantUrl);
    const form = o.locator('[data-period="1"]');
    await form.waitFor();
    for (const wp of done)
      await form.locator(`[data-wp="${wp.number}"]`).getByLabel('Completed', { exact: true }).check();
    await form.locator(`[data-wp="${open.number}"]`).getByLabel('Not completed').check();
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    const payment = form.locator('[data-payment]');
    await payment.waitFor();
    // The completed shares, within the interim ceiling (90 %), less the pre-financing.
    const completed = done.reduce((sum, wp) => sum + wp.share, 0);
    const expected = Math.max(
      0,
      Math.min(completed, Math.floor((signed.amount * 90) / 100)) - signed.ledger[0].amount,
    );
    assert.ok(expected > 0, 'the interim payment pays something');
    assert.equal(
      Number(await payment.getAttribute('data-payment')),
      expected,
      'the payment as the rules compute it',
    );
    await auditPage(o, 'grant-05-assessed-officer');
    await form.getByRole('button', { name: /^Approve the payment of / }).click();
    const interim = o.locator('.grant-ledger tr[data-kind="interim"]');
    await interim.waitFor();
    assert.equal(Number(await interim.getAttribute('data-amount')), expected);
  });

  await report(2, 'The last work package is done: its results are piloted with two classes and published.');
  await keepFailureShot(o, 'grant-assess-2', async () => {
    await openFresh(o, grantUrl);
    const form = o.locator('[data-period="2"]');
    await form.waitFor();
    for (const wp of done)
      await form.locator(`[data-wp="${wp.number}"]`).getByText('Completed in an earlier report.').waitFor();
    await form.locator(`[data-wp="${open.number}"]`).getByLabel('Completed', { exact: true }).check();
    await form.getByRole('button', { name: 'Save the assessment' }).click();
    await form.locator('[data-payment]').waitFor();
    await form.getByRole('button', { name: /^Approve the payment of / }).click();
    await o.locator('.grant-ledger tr[data-kind="final"]').waitFor();
    await o.getByText('The final payment is made: the grant is closed.').waitFor();
    // The ledger adds up: its rows make its total row, which is the grant.
    const amounts = (await o
      .locator('.grant-ledger tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-amount'))))) as number[];
    const total = Number(await o.locator('.grant-ledger tfoot tr').getAttribute('data-total'));
    assert.equal(amounts.length, 3);
    assert.equal(
      amounts.reduce((a, b) => a + b, 0),
      total,
    );
    assert.equal(total, signed.amount);
    assert.equal(euros(await o.locator('.grant-ledger tfoot td.num').textContent()), signed.amount);
    await auditPage(o, 'grant-06-closed-officer');
  });

  await keepFailureShot(c, 'grant-danish', async () => {
    await openFresh(c, grantUrl);
    await c.getByRole('button', { name: 'Dansk' }).click();
    await c.getByRole('heading', { level: 1, name: `Tilskud ${best.acronym}` }).waitFor();
    const text = (await c.locator('main').textContent()) ?? '';
    for (const english of [
      'Ledger',
      'Total paid',
      'Work package',
      'Consortium',
      'Payment schedule',
      'Pre-financing',
    ])
      assert.ok(!text.includes(english), `no English on the Danish page: "${english}"`);
    await auditPage(c, 'grant-07-closed-danish');
  });

  assert.deepEqual([...officer.errors, ...coordinator.errors], []);
  const failing = auditRows.filter((r) => r.violations > 0 || r.overflow360);
  assert.deepEqual(
    failing.map((r) => `${r.page}: ${r.details.join(' | ')}`),
    [],
    'every grant page: no axe violation and no sideways scrolling at 360 px',
  );
});
