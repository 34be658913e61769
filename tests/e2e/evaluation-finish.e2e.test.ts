/**
 * The evaluation's last steps as real users met them: an expert cannot submit before every
 * criterion has a whole score in range; "Agree the consensus" with unsaved edits saves and asks
 * for confirmation in one step; the ranking fits 1280 px with the total and the decision in view,
 * and a what-if whose values change afterwards is marked as out of date. The experts' other work
 * is set up through the API.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestClient } from '../support/client.ts';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot, screenshot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

const CALL = 'demo-closed';
const CRITERIA = ['relevance', 'quality', 'partnership', 'impact'] as const;
const COMMENT =
  'Strengths: the consortium covers education and enterprise well. Weaknesses: the plan to reach SMEs is thin.';
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

const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();

interface Item {
  proposalId: string;
  acronym: string;
  experts: { expertId: string; name: string; rapporteur: boolean }[];
}

async function evaluate(c: TestClient, proposalId: string, score: number, submit = true) {
  const base = `/api/v1/evaluation/proposals/${proposalId}`;
  const declared = await c.post(`${base}/declaration`, { noConflict: true, confidentiality: true });
  assert.equal(declared.status, 200, JSON.stringify(declared.body));
  if (!submit) return;
  const criteria = Object.fromEntries(CRITERIA.map((k) => [k, { score, comment: COMMENT }]));
  assert.equal((await c.put(`${base}/my-evaluation`, { version: 0, criteria })).status, 200);
  assert.equal((await c.post(`${base}/my-evaluation/submit`)).status, 200);
}

async function agreeThroughApi(rapporteur: TestClient, proposalId: string) {
  const base = `/api/v1/evaluation/proposals/${proposalId}/consensus`;
  const view = (await rapporteur.get(base)).body;
  const criteria: Record<string, unknown> = {};
  for (const c of view.draft.criteria) {
    criteria[c.criterion] = {
      score: c.proposedScore,
      comment: `Consensus on ${c.criterion}: ${c.statements[0].text}`,
      sources: [c.statements[0].ref],
    };
  }
  const saved = await rapporteur.put(base, { version: 0, criteria });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  await resolveOpenFlags(await web.api('officer'), proposalId);
  const agreed = await rapporteur.post(`${base}/agree`);
  assert.equal(agreed.status, 200, JSON.stringify(agreed.body));
}

it('expert submit waits for whole scores; agreeing saves and confirms at once; the ranking fits', async () => {
  const officer = await web.api('officer');
  const screening = (await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body as any[];
  for (const p of screening) {
    const res = await officer.post(`/api/v1/evaluation/proposals/${p.proposalId}/screening`, {
      decision: 'eligible',
      reason: 'Checked against the call: all rules met.',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  // The proposed assignment shows how even the work is, in the officer's words.
  const asg = await newUser(browser, web.baseUrl);
  await keepFailureShot(asg.page, 'finish-assignment-evenness', async () => {
    const p = asg.page;
    await signIn(p, web.email('officer'));
    await p.goto(`/#/officer/calls/${CALL}/assignment`);
    await p.getByRole('button', { name: 'Propose the optimal assignment' }).click();
    const evenness = p.locator('p.evenness');
    await evenness.waitFor();
    const [min, max] = [await evenness.getAttribute('data-min'), await evenness.getAttribute('data-max')];
    assert.match((await evenness.textContent()) ?? '', new RegExp(`from ${min} to ${max} proposals`));
    await auditPage(p, 'finish-00-assignment-evenness');
  });
  assert.equal((await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/propose`)).status, 200);
  assert.equal((await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/confirm`)).status, 200);
  const progress = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body as Item[];
  const emailOf = new Map<string, string>(
    (await officer.get('/api/v1/evaluation/experts')).body.map((e: any) => [e.expertId ?? e.id, e.email]),
  );
  const client = (expertId: string) => web.api(emailOf.get(expertId)!);
  const [scoring, agreeing, ...rest] = progress;
  assert.ok(scoring && agreeing, 'at least two proposals with experts');

  // Proposal 1: every expert but one has submitted; the last one scores in the browser.
  const last = scoring.experts.find((e) => !e.rapporteur)!;
  for (const e of scoring.experts)
    await evaluate(await client(e.expertId), scoring.proposalId, 18, e !== last);
  // Proposal 2: all submitted; the rapporteur drafts the consensus in the browser.
  for (const e of agreeing.experts) await evaluate(await client(e.expertId), agreeing.proposalId, 20);
  // The others: evaluated and agreed, so the ranking has something to show.
  for (const item of rest) {
    for (const e of item.experts) await evaluate(await client(e.expertId), item.proposalId, 19);
    await agreeThroughApi(await client(item.experts.find((e) => e.rapporteur)!.expertId), item.proposalId);
  }

  const expert = await newUser(browser, web.baseUrl);
  await keepFailureShot(expert.page, 'finish-expert-submit', async () => {
    const p = expert.page;
    await signIn(p, emailOf.get(last.expertId)!);
    await p.goto(`/#/expert/proposals/${scoring.proposalId}/evaluation`);
    await h2(p, 'My evaluation');
    const submit = p.getByRole('button', { name: 'Submit the evaluation…' });
    for (const k of CRITERIA.slice(0, 3)) await p.locator(`#ev-${k}-score`).fill('18');
    assert.equal(await submit.isDisabled(), true, 'one criterion has no score yet');
    await p.locator('#ev-impact-score').fill('2.5');
    assert.equal(await submit.isDisabled(), true, 'not a whole score');
    await p.locator('#ev-impact-score').fill('99');
    assert.equal(await submit.isDisabled(), true, 'above the maximum');
    await screenshot(p, 'finish-01-submit-disabled');
    await p.locator('#ev-impact-score').fill('18');
    assert.equal(await submit.isDisabled(), false, 'every criterion scored');
  });

  // The chair has resolved any flag of the proposal (tests/e2e/chair-flags.e2e.test.ts clicks it).
  await resolveOpenFlags(officer, agreeing.proposalId);
  const rapporteurId = agreeing.experts.find((e) => e.rapporteur)!.expertId;
  const rapporteur = await newUser(browser, web.baseUrl);
  await keepFailureShot(rapporteur.page, 'finish-consensus-agree', async () => {
    const p = rapporteur.page;
    await signIn(p, emailOf.get(rapporteurId)!);
    await p.goto(`/#/expert/proposals/${agreeing.proposalId}/consensus`);
    await h2(p, 'Consensus');
    for (const k of CRITERIA) await p.locator(`#cons-${k}-comment`).fill(`Agreed on ${k}: ${COMMENT}`);
    // One click: saved, then the confirmation, without a second click on "Agree".
    await p.getByRole('button', { name: 'Agree the consensus…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Agree the consensus?' });
    await dialog.waitFor({ timeout: 5000 });
    await screenshot(p, 'finish-02-agree-one-step');
    await dialog.getByRole('button', { name: 'Agree, final' }).click();
    await p.getByText(/^The consensus was agreed at /).waitFor();
  });

  const officerUser = await newUser(browser, web.baseUrl, { width: 1280 });
  await keepFailureShot(officerUser.page, 'finish-ranking', async () => {
    const p = officerUser.page;
    await signIn(p, web.email('officer'));
    // The chair's flags: comments in the standard format at 20 of 25 read as what they say, and
    // flags name criteria and experts as people know them.
    await p.goto(`/#/officer/calls/${CALL}/progress`);
    await p.locator('table.progress-table tbody tr').first().waitFor();
    assert.equal(await p.locator('[data-flag^="comment-contradicts-score"]').count(), 0);
    for (const text of await p.locator('[data-flag]').allTextContents()) {
      assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-/, `no expert id in "${text}"`);
      assert.doesNotMatch(
        text,
        /^(relevance|quality|partnership|impact):/,
        `a criterion's name in "${text}"`,
      );
    }
    await screenshot(p, 'finish-06-progress-flags');
    await p.goto(`/#/officer/calls/${CALL}/ranking`);
    const row = p.locator('table.ranking-table tbody tr').first();
    await row.waitFor();
    const cells = row.locator('td');
    const count = await cells.count();
    for (const [i, what] of [
      [count - 4, 'total'],
      [count - 1, 'decision'],
    ] as const) {
      const box = await cells.nth(i).boundingBox();
      assert.ok(box, `${what} is shown`);
      assert.ok(
        box.x + box.width <= 1280,
        `${what} ends at ${Math.round(box.x + box.width)} px, within 1280`,
      );
    }
    await p
      .getByLabel(/^Envelope of .* \(euros\)$/)
      .first()
      .fill('2,000,000');
    await p.getByRole('button', { name: 'Show who moves (nothing saved)' }).click();
    const whatIf = p.locator('section.what-if');
    await whatIf.waitFor();
    assert.equal(await whatIf.getAttribute('data-stale'), 'no');
    await p
      .getByLabel(/^Envelope of .* \(euros\)$/)
      .first()
      .fill('3,000,000');
    assert.equal(await whatIf.getAttribute('data-stale'), 'yes', 'the what-if is out of date');
    await whatIf.getByText(/simulate again/).waitFor();
    await auditPage(p, 'finish-03-ranking-what-if-stale');
  });
});

it('an expert is registered with a country and topics from the catalogues and a load of at least 1', async () => {
  const { page: p } = await newUser(browser, web.baseUrl);
  await keepFailureShot(p, 'finish-expert-form', async () => {
    await signIn(p, web.email('officer'));
    await p.goto(`/#/officer/calls/${CALL}/experts`);
    await p.locator('#exp-new-name').fill('Dorte Dansk');
    await p.locator('#exp-new-email').fill('dorte.dansk@example.org');
    await p.locator('#exp-new-country').selectOption({ label: 'Denmark' });
    await p.locator('#exp-new-topic-renewable-energy').check();
    await p.locator('#exp-new-topic-vet').check();
    await p.locator('#exp-new-languages').fill('da, en');
    await p.locator('#exp-new-load').fill('0');
    await p.locator('#exp-new-lot1').check();
    await p.getByRole('button', { name: 'Register the expert' }).click();
    await p.locator('#exp-new-load-error', { hasText: 'At least 1' }).waitFor();
    await screenshot(p, 'finish-04-expert-form-load');
    const officer = await web.api('officer');
    const registered = async () =>
      ((await officer.get('/api/v1/evaluation/experts')).body as any[]).find((e) => e.name === 'Dorte Dansk');
    assert.equal(await registered(), undefined, 'nothing registered with a load of 0');
    await p.locator('#exp-new-load').fill('2');
    await p.getByRole('button', { name: 'Register the expert' }).click();
    await p.getByText('Dorte Dansk is registered.').waitFor();
    const dorte = await registered();
    assert.equal(dorte.country, 'DK');
    assert.deepEqual([...dorte.topics].sort(), ['renewable-energy', 'vet']);
    assert.equal(dorte.maxLoad, 2);
    await auditPage(p, 'finish-05-experts-registered');
  });
});
