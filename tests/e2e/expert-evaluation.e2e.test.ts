/**
 * The independent experts' evaluation in the browser. The officer screens the closed demo call
 * and confirms the assignment through the API; then, for one proposal, the rapporteur works in
 * the browser: lands on the assignments, declares (keyboard only), reads the proposal, scores
 * every criterion (with a refused submit, a stale save, and the final submit), sees the other
 * experts' scores only afterwards, drafts the consensus with quoted sources, sees the flag of a
 * spread that was arranged, and agrees. The other two experts evaluate through the API; one of
 * them then reads the agreed consensus in the browser. Every expert page is audited (axe-core,
 * 360 px) and its screenshot kept.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditRows, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { activate, toggle } from './support/keyboard.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

const clock = new ManualClock(new Date());
let web: WebPlatform;
let browser: Browser;
const timings = new Timings('expert evaluation: declare, score, submit, consensus');

const CALL = 'demo-closed';
const CRITERIA = ['relevance', 'quality', 'partnership', 'impact'] as const;
// Expert A's words are findable on the page: the rapporteur must not see them before submitting.
const A_COMMENT =
  'ALPHA-NOTE: the proposal is convincing and well argued. The partners bring strong and relevant experience.';
const B_COMMENT =
  'BRAVO-NOTE: a sound plan with clear deliverables. The work packages follow from the aims of the call.';
const R_COMMENT =
  'The proposal sets out a clear need in the sector. The consortium covers education and enterprise well.';

before(async () => {
  web = await startWebPlatform({ clock, demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per expert page:\n${auditTable()}\n`);
  console.log(timings.table());
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();

async function evaluateThroughApi(
  c: TestClient,
  proposalId: string,
  scores: Record<string, number>,
  comment: string,
) {
  const base = `/api/v1/evaluation/proposals/${proposalId}`;
  const declared = await c.post(`${base}/declaration`, { noConflict: true, confidentiality: true });
  assert.equal(declared.status, 200, JSON.stringify(declared.body));
  const criteria = Object.fromEntries(CRITERIA.map((k) => [k, { score: scores[k]!, comment }]));
  const saved = await c.put(`${base}/my-evaluation`, { version: 0, criteria });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const submitted = await c.post(`${base}/my-evaluation/submit`);
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
}

it('experts declare, evaluate and submit; the rapporteur drafts and agrees the consensus', async () => {
  // --- The officer screens every proposal in and confirms the optimal assignment.
  const officer = await web.api('officer');
  const screening = await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`);
  assert.equal(screening.status, 200, JSON.stringify(screening.body));
  assert.equal(screening.body.length, 4);
  for (const p of screening.body) {
    const res = await officer.post(`/api/v1/evaluation/proposals/${p.proposalId}/screening`, {
      decision: 'eligible',
      reason: 'Checked against the call: all rules met.',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  const proposal = await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/propose`);
  assert.equal(proposal.body.result.feasible, true, JSON.stringify(proposal.body));
  assert.equal((await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/confirm`)).status, 200);
  const progress = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body;
  const emailOf = new Map<string, string>(
    (await officer.get('/api/v1/evaluation/experts')).body.map((e: any) => [e.expertId ?? e.id, e.email]),
  );
  const target = progress.find(
    (p: any) => p.experts.length === 3 && p.experts.some((e: any) => e.rapporteur),
  );
  assert.ok(target, 'a proposal with three experts and a rapporteur');
  const rapporteur = target.experts.find((e: any) => e.rapporteur);
  const [expertA, expertB] = target.experts.filter((e: any) => !e.rapporteur);
  const id: string = target.proposalId;
  const acronym: string = target.acronym;
  timings.step('officer: screening and assignment (API)');

  // --- Expert A evaluates first (API), far from the others on impact: a spread for the chair.
  const apiA = await web.api(emailOf.get(expertA.expertId)!);
  await evaluateThroughApi(apiA, id, { relevance: 19, quality: 18, partnership: 19, impact: 8 }, A_COMMENT);

  // --- An expert without assignments sees the empty state.
  const idle = await newUser(browser, web.baseUrl);
  const assignedEmails = new Set(
    progress.flatMap((p: any) => p.experts.map((e: any) => emailOf.get(e.expertId))),
  );
  const idleEmail = [...emailOf.values()].find((e) => !assignedEmails.has(e));
  if (idleEmail) {
    await keepFailureShot(idle.page, 'expert-idle', async () => {
      await signIn(idle.page, idleEmail);
      await h1(idle.page, 'My assignments');
      await idle.page
        .getByText(
          'The proposals assigned to you for evaluation will appear here once the agency assigns them.',
        )
        .waitFor();
      await auditPage(idle.page, 'expert-00-home-empty');
    });
  }

  // --- The rapporteur, in the browser.
  const rapporteurEmail = emailOf.get(rapporteur.expertId)!;
  const user = await newUser(browser, web.baseUrl);
  const p = user.page;
  await keepFailureShot(p, 'expert-rapporteur', async () => {
    await signIn(p, rapporteurEmail);
    await h1(p, 'My assignments');
    const card = p.locator('.assignment', { hasText: acronym });
    await card.getByText('To declare', { exact: true }).waitFor();
    await card.getByText('Rapporteur', { exact: true }).waitFor();
    await auditPage(p, 'expert-01-home');
    await card.getByRole('link', { name: acronym }).click();

    // The declaration comes first, whichever tab; the keyboard alone is enough.
    await h2(p, 'Declaration before you open the proposal');
    assert.equal(await p.locator('[aria-current="page"]').textContent(), 'Proposal');
    assert.equal(await p.locator('.expert-proposal').count(), 0, 'the proposal stays closed');
    await p.getByText('I have a conflict of interest with this proposal').click();
    await p.getByText('What happens when you declare a conflict of interest').waitFor();
    await auditPage(p, 'expert-02-declaration');
    await activate(p, p.getByRole('button', { name: 'Declare and open the proposal' }));
    await p.getByText('Tick this box to declare that you have no conflict of interest.').waitFor();
    await toggle(p, p.locator('#decl-no-conflict'));
    await toggle(p, p.locator('#decl-confidential'));
    await activate(p, p.getByRole('button', { name: 'Declare and open the proposal' }));

    // The proposal as submitted.
    await h2(p, 'Proposal');
    const consortium = p.getByRole('region', { name: /^Consortium \(8 participants\)/ });
    await consortium.getByRole('row').nth(8).waitFor();
    assert.equal(await consortium.getByRole('row').count(), 9, 'a header and eight participants');
    await p.getByRole('heading', { name: 'WP2 Joint curriculum' }).waitFor();
    await p.getByText(`${acronym} and the award criterion "impact"`).waitFor();
    await auditPage(p, 'expert-03-proposal');

    // The evaluation: the others' scores are hidden before submitting.
    await p
      .getByRole('navigation', { name: 'Steps of the evaluation' })
      .getByRole('link', { name: 'My evaluation' })
      .click();
    await h2(p, 'My evaluation');
    await p.locator('.others-hidden').waitFor();
    assert.equal(
      await p.getByText('ALPHA-NOTE').count(),
      0,
      "expert A's comment is not shown before submitting",
    );
    const rApi = await web.api(rapporteurEmail);
    assert.equal(
      (await rApi.get(`/api/v1/evaluation/proposals/${id}/evaluations`)).body.error,
      'own-evaluation-first',
    );
    await auditPage(p, 'expert-04-evaluation-empty');

    // A draft that is not complete: the server's problems show next to the fields.
    const rScores = { relevance: 20, quality: 19, partnership: 20, impact: 21 };
    await p.locator('#ev-relevance-score').fill('20');
    await p.locator('.total-line', { hasText: 'Total 20 of 100 points' }).waitFor();
    for (const k of CRITERIA) await p.locator(`#ev-${k}-score`).fill(String(rScores[k]));
    await p.locator('.total-line', { hasText: 'Total 80 of 100 points' }).waitFor();
    await p.locator('#ev-relevance-comment').fill('Too short.');
    await p.getByRole('button', { name: 'Save as draft' }).click();
    await p.getByText(/^Draft saved at /).waitFor();
    await p.getByRole('button', { name: 'Submit the evaluation…' }).click();
    await p
      .getByRole('dialog', { name: 'Submit your evaluation?' })
      .getByText(/cannot be changed/)
      .waitFor();
    await auditPage(p, 'expert-05-submit-confirm');
    await p.getByRole('button', { name: 'Submit, final' }).click();
    await p.getByRole('alert').waitFor();
    assert.equal(await p.locator('#ev-relevance-comment').getAttribute('aria-invalid'), 'true');
    await p.locator('#ev-relevance-comment-error', { hasText: 'at least 50 characters' }).waitFor();
    await p.locator('#ev-impact-comment-error', { hasText: 'this one has 0' }).waitFor();
    await auditPage(p, 'expert-06-evaluation-problems');

    // Every criterion gets its comment; the total holds the overall threshold.
    for (const k of CRITERIA) await p.locator(`#ev-${k}-comment`).fill(R_COMMENT);
    await p.locator('.total-line', { hasText: 'The total reaches the overall threshold.' }).waitFor();
    assert.match(
      (await p.locator('#ev-impact-comment-count').textContent()) ?? '',
      new RegExp(`^${R_COMMENT.length} characters`),
    );

    // Saved elsewhere meanwhile (another window): the save shows both versions and loses neither.
    const current = (await rApi.get(`/api/v1/evaluation/proposals/${id}/my-evaluation`)).body;
    const elsewhere = await rApi.put(`/api/v1/evaluation/proposals/${id}/my-evaluation`, {
      version: current.version,
      criteria: { ...current.criteria, quality: { score: 5, comment: 'Written in another window.' } },
    });
    assert.equal(elsewhere.status, 200);
    await p.getByRole('button', { name: 'Save as draft' }).click();
    const stale = p.getByRole('dialog', { name: 'Your evaluation was saved elsewhere' });
    await stale.getByText('Written in another window.').waitFor();
    await stale.locator('ins', { hasText: R_COMMENT }).first().waitFor();
    await auditPage(p, 'expert-07-stale-save');
    await stale.getByRole('button', { name: 'Keep what is on this page and save it' }).click();
    await p.getByText(/^Draft saved at /).waitFor();
    const kept = (await rApi.get(`/api/v1/evaluation/proposals/${id}/my-evaluation`)).body;
    assert.equal(kept.criteria.quality.score, 19, 'what was on the page was saved');

    await p.getByRole('button', { name: 'Submit the evaluation…' }).click();
    await p.getByRole('button', { name: 'Submit, final' }).click();
    await p.getByRole('heading', { name: 'My submitted evaluation' }).waitFor();
    const others = p.locator('.others');
    await others.getByText(expertA.name).first().waitFor();
    await others
      .getByText(/ALPHA-NOTE/)
      .first()
      .waitFor();
    await others.getByText('8 / 25 points', { exact: true }).waitFor();
    assert.equal(await p.locator('#ev-relevance-score').count(), 0, 'no field to change after submitting');
    await auditPage(p, 'expert-08-evaluation-submitted');
  });
  timings.step('rapporteur: declare, read, evaluate, submit (browser)');

  // --- Expert B evaluates (API): now every assigned expert has submitted.
  const apiB = await web.api(emailOf.get(expertB.expertId)!);
  await evaluateThroughApi(apiB, id, { relevance: 20, quality: 20, partnership: 19, impact: 20 }, B_COMMENT);

  await keepFailureShot(p, 'expert-consensus', async () => {
    await p.getByRole('link', { name: 'Consensus', exact: true }).click();
    await h2(p, 'Consensus');
    await p.getByText('3 of 3 experts have submitted their evaluation.').waitFor();
    // The arranged spread (8 against 20 and 21 on impact) is flagged; the score is not changed.
    const spread = p.locator('[data-flag="spread:impact"]');
    await spread.waitFor();
    assert.match((await spread.textContent()) ?? '', /from 8 to 21/);
    assert.equal(
      await p.locator('#cons-impact-score').inputValue(),
      '20',
      'the median, untouched by the flag',
    );
    await auditPage(p, 'expert-09-consensus-draft');

    // Quote a statement of each criterion; the source link leads back to the statement.
    for (const k of CRITERIA) {
      const section = p.locator('.consensus-criterion', { has: p.locator(`#cons-${k}-score`) });
      await section
        .getByRole('button', { name: /^Quote/ })
        .first()
        .click();
      await section.locator('.source').first().waitFor();
    }
    const impact = p.locator('.consensus-criterion', { has: p.locator('#cons-impact-score') });
    const quoted = await impact.locator('.statement__text').first().textContent();
    assert.ok(quoted && (await p.locator('#cons-impact-comment').inputValue()).includes(quoted));
    await impact.locator('.source a').first().click();
    const focused = await p.evaluate(() => document.activeElement?.id ?? '');
    assert.match(focused, /^stmt-/, 'the source link moves the focus to the statement');
    await p.locator('#cons-impact-score').fill('19');
    await p.getByRole('button', { name: 'Save the consensus' }).click();
    await p.getByText('Consensus saved (version 1).').waitFor();
    await auditPage(p, 'expert-10-consensus-saved');

    await p.getByRole('button', { name: 'Agree the consensus…' }).click();
    const agree = p.getByRole('dialog', { name: 'Agree the consensus?' });
    await agree.getByText(/cannot be changed/).waitFor();
    await agree.getByText(/flags are open for the chair/).waitFor();
    await auditPage(p, 'expert-11-consensus-agree-confirm');
    await agree.getByRole('button', { name: 'Agree, final' }).click();
    // Refused while the chair's flags are open; the officer resolves them, then it is agreed.
    await p.getByRole('alert').filter({ hasText: 'The consensus was not agreed' }).waitFor();
    await resolveOpenFlags(await web.api('officer'), id);
    await p.reload();
    await p.getByRole('button', { name: 'Agree the consensus…' }).click();
    await p
      .getByRole('dialog', { name: 'Agree the consensus?' })
      .getByRole('button', { name: 'Agree, final' })
      .click();
    await p.getByText(/^The consensus was agreed at /).waitFor();
    await auditPage(p, 'expert-12-consensus-agreed');

    // Another of the rapporteur's proposals: a declared conflict of interest keeps it closed.
    await p.getByRole('link', { name: '← My assignments' }).click();
    await h1(p, 'My assignments');
    const other = p.locator('.assignment', { hasNotText: acronym }).first();
    await other.getByRole('link').click();
    await h2(p, 'Declaration before you open the proposal');
    await p.getByText('I have a conflict of interest with this proposal').click();
    await p.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await p.locator('#decl-reason-error', { hasText: 'Say what the conflict of interest is.' }).waitFor();
    await p.locator('#decl-reason').fill('I advised the coordinator on this proposal in 2025.');
    await p.locator('#decl-conflict-confidential').check();
    await p.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await p.getByText('You declared a conflict of interest for this proposal.').waitFor();
    await p.getByRole('link', { name: 'My evaluation', exact: true }).click();
    await p.getByText('You declared a conflict of interest for this proposal.').waitFor();
    assert.equal(await p.locator('.evaluation-form').count(), 0, 'no evaluation after a conflict');
    await auditPage(p, 'expert-15-conflict-declared');
  });
  timings.step('rapporteur: consensus with sources, flags, agreed (browser)');

  const agreed = (await officer.get(`/api/v1/evaluation/proposals/${id}/consensus`)).body;
  assert.equal(agreed.report.status, 'agreed');
  assert.equal(agreed.report.criteria.impact.score, 19);
  for (const k of CRITERIA) assert.equal(agreed.report.criteria[k].sources.length, 1, `a source on ${k}`);
  assert.ok(agreed.flags.some((f: any) => f.id === 'spread' && f.criterion === 'impact'));

  // --- Expert A reads the agreed consensus, read-only.
  const reader = await newUser(browser, web.baseUrl);
  await keepFailureShot(reader.page, 'expert-reader', async () => {
    const r = reader.page;
    await signIn(r, emailOf.get(expertA.expertId)!);
    await h1(r, 'My assignments');
    const card = r.locator('.assignment', { hasText: acronym });
    await card.getByText('Submitted', { exact: true }).waitFor();
    await card.getByText(/^Agreed · 3 of 3/).waitFor();
    await auditPage(r, 'expert-13-home-after');
    await r.goto(`/#/expert/proposals/${id}/consensus`);
    await h2(r, 'Consensus');
    await r.getByText(/^The consensus was agreed at /).waitFor();
    assert.equal(await r.locator('#cons-impact-score').count(), 0, 'read-only for the other experts');
    const impactAgreed = r.locator('.consensus-criterion', {
      has: r.getByRole('heading', { name: 'Impact', exact: true }),
    });
    await impactAgreed.getByText('19 / 25 points', { exact: true }).waitFor();
    await auditPage(r, 'expert-14-consensus-read-only');
  });
  timings.step('another expert reads the agreed consensus (browser)');

  for (const u of [idle, user, reader]) assert.deepEqual(u.errors, []);
  const failing = auditRows.filter((row) => row.violations > 0 || row.overflow360);
  assert.deepEqual(
    failing.map((row) => `${row.page}: ${row.details.join(' | ')}`),
    [],
    'every expert page: no axe violation and no sideways scrolling at 360 px',
  );
  assert.ok(auditRows.length >= 15, `${auditRows.length} pages audited`);
});
