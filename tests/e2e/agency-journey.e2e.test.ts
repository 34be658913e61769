/**
 * The agency's whole journey in one browser run, on the closed demo call as `npm start` seeds it:
 * the officer screens every proposal and confirms the optimal assignment; the three experts of
 * one proposal each declare, score and submit in their own browser; its rapporteur drafts the
 * consensus from their statements and agrees it; the officer ranks, selects within the envelope,
 * sends the reports and downloads an evaluation summary report; the coordinator then finds the
 * report on the proposal. The other proposals' evaluations are set up through the API (the
 * expert pages are tried in depth by expert-evaluation.e2e.test.ts).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import type { Browser, Download, Page } from 'playwright-core';
import { euros } from '../../src/engine/i18n/format.ts';
import type { TestClient } from '../support/client.ts';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditRows, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

const CALL = 'demo-closed';
const CRITERIA = ['relevance', 'quality', 'partnership', 'impact'] as const;
const COMMENT =
  'The proposal sets out a clear need in the sector, and the consortium covers education and enterprise well.';
const timings = new Timings('the agency evaluates a call, from screening to the report');
let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, agency journey:\n${auditTable()}\n`);
  console.log(timings.table());
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
/** Screenshots of the fixed pages, for the people who review them (not kept in the repository). */
const SCREENS = process.env.ALLIANCES_SCREENS_DIR;
async function screens(page: Page, name: string) {
  if (SCREENS) await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();

async function pdfOf(download: Download): Promise<Buffer> {
  const bytes = await readFile((await download.path())!);
  assert.equal(bytes.subarray(0, 4).toString(), '%PDF', `${download.suggestedFilename()} is a PDF`);
  return bytes;
}

/** Declaration, evaluation and consensus of a proposal the browser journey does not click through. */
async function evaluateThroughApi(
  experts: { client: TestClient; rapporteur: boolean }[],
  id: string,
  points: number,
) {
  const base = `/api/v1/evaluation/proposals/${id}`;
  for (const { client } of experts) {
    assert.equal(
      (await client.post(`${base}/declaration`, { noConflict: true, confidentiality: true })).status,
      200,
    );
    const criteria = Object.fromEntries(CRITERIA.map((k) => [k, { score: points, comment: COMMENT }]));
    assert.equal((await client.put(`${base}/my-evaluation`, { version: 0, criteria })).status, 200);
    assert.equal((await client.post(`${base}/my-evaluation/submit`)).status, 200);
  }
  const rapporteur = experts.find((e) => e.rapporteur)!.client;
  const draft = (await rapporteur.get(`${base}/consensus`)).body.draft;
  const criteria = Object.fromEntries(
    draft.criteria.map((c: any) => [
      c.criterion,
      { score: c.proposedScore, comment: `Agreed: ${c.statements[0].text}`, sources: [c.statements[0].ref] },
    ]),
  );
  assert.equal((await rapporteur.put(`${base}/consensus`, { version: 0, criteria })).status, 200);
  await resolveOpenFlags(await web.api('officer'), id);
  assert.equal((await rapporteur.post(`${base}/consensus/agree`)).status, 200);
}

it('the officer screens and assigns, three experts score, the rapporteur agrees, the officer ranks and reports', async () => {
  const officerApi = await web.api('officer');
  // The coordinator reads Danish: the language switch keeps it on the account, for the e-mails.
  const coordinator = await newUser(browser, web.baseUrl);
  const c = coordinator.page;
  await signIn(c, web.email('coordinator'));
  await Promise.all([
    c.waitForResponse((r) => r.url().endsWith('/api/v1/auth/language') && r.status() === 200),
    c.getByRole('button', { name: 'Dansk' }).click(),
  ]);

  const officer = await newUser(browser, web.baseUrl);
  const o = officer.page;
  const nav = o.getByRole('navigation', { name: 'Steps of the evaluation' });

  // --- Screening and assignment, in the officer's browser.
  await keepFailureShot(o, 'journey-officer-screening', async () => {
    await signIn(o, web.email('officer'));
    await o.goto('/#/officer');
    await o.getByRole('link', { name: `Evaluate call ${CALL}` }).click();
    await h1(o, `Evaluation of call ${CALL}: Screening`);
    const cards = o.locator('article.screening-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 4, 'the four submitted proposals');
    for (const acronym of await cards.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-proposal')!),
    )) {
      const card = o.locator(`article.screening-card[data-proposal="${acronym}"]`);
      await card.getByText('The engine found nothing wrong with this version.').waitFor();
      await card.getByLabel('Eligible: it goes on to the experts').check();
      await card.getByLabel('Reason for the decision').fill('Checked against the call and the registry.');
      await card.getByRole('button', { name: `Record the decision on ${acronym}` }).click();
      await o.locator(`article[data-proposal="${acronym}"][data-decision="eligible"]`).waitFor();
    }
    await o
      .getByText('4 of 4 proposals decided: 4 eligible, 0 ineligible, 0 against the engine’s verdict.')
      .waitFor();
    await auditPage(o, 'journey-01-screened');
    timings.step('officer: screening (browser)');

    await nav.getByRole('link', { name: 'Assignment' }).click();
    await h1(o, `Evaluation of call ${CALL}: Assignment`);
    await o.getByRole('button', { name: 'Propose the optimal assignment' }).click();
    await o.locator('table.proposed-table tbody tr').first().waitFor();
    await o.getByRole('button', { name: 'Confirm and store this assignment' }).click();
    await o.getByText('The assignment is stored.').waitFor();
    // A notice already shown follows a language switch: it is kept as its message, not as text.
    await o.getByRole('button', { name: 'Dansk' }).click();
    await o.getByText('Fordelingen er gemt. Eksperterne ser nu deres ansøgninger.').waitFor();
    await o.getByRole('button', { name: 'English' }).click();
    await o.getByText('The assignment is stored.').waitFor();
    const stored = o.locator('table.current-assignment tbody tr');
    await stored.first().waitFor();
    for (const row of await stored.all()) assert.equal(await row.locator('li').count(), 3, '3 experts each');
    await auditPage(o, 'journey-02-assigned');
    timings.step('officer: assignment (browser)');
  });

  // Who evaluates what, as the officer stored it.
  const progress = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body as any[];
  const emailOf = new Map<string, string>(
    ((await officerApi.get('/api/v1/evaluation/experts')).body as any[]).map((e) => [
      e.expertId ?? e.id,
      e.email,
    ]),
  );
  const target = progress.find((p) => p.experts.length === 3)!;
  assert.ok(target, 'a proposal with three experts');
  const acronym: string = target.acronym;
  // The rapporteur evaluates last, so that the consensus can start at once.
  const panel = [...target.experts].sort((a: any, b: any) => Number(a.rapporteur) - Number(b.rapporteur));
  assert.equal(panel.filter((e: any) => e.rapporteur).length, 1, 'one rapporteur');

  // --- Three experts, each in their own browser: declare, score, submit.
  const pointsOf = [20, 18, 21];
  let rapporteurPage: Page | undefined;
  for (const [i, expert] of panel.entries()) {
    const user = await newUser(browser, web.baseUrl);
    const p = user.page;
    await keepFailureShot(p, `journey-expert-${i + 1}`, async () => {
      await signIn(p, emailOf.get(expert.expertId)!);
      await h1(p, 'My assignments');
      const card = p.locator('.assignment', { hasText: acronym });
      await card.getByText('To declare', { exact: true }).waitFor();
      await card.getByRole('link', { name: acronym }).click();
      await h2(p, 'Declaration before you open the proposal');
      await p.locator('#decl-no-conflict').check();
      await p.locator('#decl-confidential').check();
      await p.getByRole('button', { name: 'Declare and open the proposal' }).click();
      await p
        .getByRole('navigation', { name: 'Steps of the evaluation' })
        .getByRole('link', { name: 'My evaluation' })
        .click();
      await h2(p, 'My evaluation');
      await p.locator('.others-hidden').waitFor();
      for (const k of CRITERIA) {
        await p.locator(`#ev-${k}-score`).fill(String(pointsOf[i]));
        await p.locator(`#ev-${k}-comment`).fill(`${COMMENT} (expert ${i + 1} on ${k})`);
      }
      await p.locator('.total-line', { hasText: `Total ${4 * pointsOf[i]!} of 100 points` }).waitFor();
      await p.getByRole('button', { name: 'Submit the evaluation…' }).click();
      await p.getByRole('button', { name: 'Submit, final' }).click();
      await p.getByRole('heading', { name: 'My submitted evaluation' }).waitFor();
      if (i > 0) await p.locator('.others').getByText(`(expert 1 on impact)`).first().waitFor();
      if (i === 0) await auditPage(p, 'journey-03-expert-submitted');
    });
    assert.deepEqual(user.errors, []);
    if (expert.rapporteur) rapporteurPage = p;
    else await user.context.close();
    timings.step(`expert ${i + 1}: declare, score, submit (browser)`);
  }

  // --- The rapporteur drafts the consensus from the three evaluations and agrees it.
  const r = rapporteurPage!;
  await keepFailureShot(r, 'journey-consensus', async () => {
    await r.getByRole('link', { name: 'Consensus', exact: true }).click();
    await h2(r, 'Consensus');
    await r.getByText('3 of 3 experts have submitted their evaluation.').waitFor();
    // The median of 20, 18 and 21 is proposed; nobody has changed it.
    assert.equal(await r.locator('#cons-impact-score').inputValue(), '20');
    for (const k of CRITERIA) {
      const section = r.locator('.consensus-criterion', { has: r.locator(`#cons-${k}-score`) });
      await section
        .getByRole('button', { name: /^Quote/ })
        .first()
        .click();
      await section.locator('.source').first().waitFor();
    }
    await r.getByRole('button', { name: 'Save the consensus' }).click();
    await r.getByText('Consensus saved (version 1).').waitFor();
    await r.getByRole('button', { name: 'Agree the consensus…' }).click();
    await r
      .getByRole('dialog', { name: 'Agree the consensus?' })
      .getByRole('button', { name: 'Agree, final' })
      .click();
    await r.getByText(/^The consensus was agreed at /).waitFor();
    await auditPage(r, 'journey-04-consensus-agreed');
    await r.getByRole('button', { name: 'Dansk' }).click();
    await r.getByRole('heading', { level: 2, name: 'Konsensus' }).waitFor();
    await r.getByText(/^Konsensus blev vedtaget \d+\. /).waitFor();
    await auditPage(r, 'journey-04b-consensus-danish');
  });
  timings.step('rapporteur: consensus agreed (browser)');

  // --- The other proposals, evaluated through the API.
  const clients = new Map<string, TestClient>();
  const clientOf = async (expertId: string) => {
    if (!clients.has(expertId)) clients.set(expertId, await web.api(emailOf.get(expertId)!));
    return clients.get(expertId)!;
  };
  for (const [i, item] of progress.filter((p) => p.proposalId !== target.proposalId).entries()) {
    const experts = [];
    for (const e of item.experts)
      experts.push({ client: await clientOf(e.expertId), rapporteur: e.rapporteur });
    await evaluateThroughApi(experts, item.proposalId, 19 - (i % 2));
  }
  timings.step('set up: the other proposals through the API');

  // --- The officer ranks, selects within the envelope, sends the reports, downloads one.
  await keepFailureShot(o, 'journey-officer-ranking', async () => {
    await nav.getByRole('link', { name: 'Progress' }).click();
    await o
      .getByText(/4 of 4 screened · 4 with experts · \d+ of \d+ evaluations submitted · 4 consensus agreed\./)
      .waitFor();
    await nav.getByRole('link', { name: 'Ranking and results' }).click();
    await h1(o, `Evaluation of call ${CALL}: Ranking and results`);
    const provisional = o.locator('section[data-confirmed="no"] table.ranking-table tbody tr');
    await provisional.first().waitFor();
    const order = await provisional.evaluateAll((rows) => rows.map((x) => x.getAttribute('data-proposal')));
    assert.equal(order[0], acronym, `${acronym} has the highest consensus (about 80 of 100)`);
    // An envelope that holds the first proposal's grant and no more: the others, above every
    // threshold, move to the reserve list.
    const screened = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body as any[];
    const grant: number = screened.find((s) => s.proposalId === target.proposalId).requestedGrant;
    assert.ok(Number.isInteger(grant) && grant > 0, `a requested grant in euros: ${grant}`);
    await o.getByLabel(/^Envelope of .* \(euros\)$/).fill(String(grant));
    await o.getByRole('button', { name: 'Show who moves (nothing saved)' }).click();
    const moved = o.locator('.officer-moves li');
    await moved.first().waitFor();
    assert.equal(await moved.count(), 3, 'the three others move to the reserve list');
    await o.getByRole('button', { name: 'Confirm the ranking with these values' }).click();
    await o.getByText('The ranking is confirmed.').waitFor();
    const confirmed = o.locator('section[data-confirmed="yes"] table.ranking-table tbody tr');
    await confirmed.first().waitFor();
    const decisions = await confirmed.evaluateAll((rows) =>
      rows.map((x) => `${x.getAttribute('data-proposal')}:${x.getAttribute('data-decision')}`),
    );
    assert.equal(decisions[0], `${acronym}:selected`);
    assert.ok(
      decisions.some((d) => d.endsWith(':reserve')),
      `a reserve list: ${decisions}`,
    );
    await auditPage(o, 'journey-05-ranking-confirmed');
    await o.getByRole('button', { name: 'Send the evaluation summary reports…' }).click();
    await o
      .getByRole('dialog', { name: 'Send the evaluation summary reports?' })
      .getByRole('button', { name: 'Send the reports now' })
      .click();
    await o.getByText(/^The reports are sent: \d+ notices written\.$/).waitFor();
    const [esr] = await Promise.all([
      o.waitForEvent('download'),
      o.getByRole('button', { name: `${acronym} in English` }).click(),
    ]);
    const bytes = await pdfOf(esr);
    assert.ok(bytes.length > 2000, 'a report with content');
    // The audit trail for a redress request: every write on the proposal, screening included.
    const [trail] = await Promise.all([
      o.waitForEvent('download'),
      o.getByRole('button', { name: `Audit trail of ${acronym}` }).click(),
    ]);
    assert.equal(trail.suggestedFilename(), `${acronym}-audit-trail.csv`);
    const csv = await readFile((await trail.path())!, 'utf8');
    assert.match(csv, /^id,at,actor,role,action,entity,changes\r\n/);
    assert.ok(csv.includes('Checked against the call and the registry.'), 'the screening reason is in it');
    await auditPage(o, 'journey-06-reports-sent');

    // The same page in Danish: the officer's words, numbers and euros follow the language.
    await o.getByRole('button', { name: 'Dansk' }).click();
    await o.getByRole('heading', { name: 'Den bekræftede rangordning' }).waitFor();
    await o.getByText(/^Rapporterne er sendt: \d+ meddelelser skrevet\.$/).waitFor();
    await o.getByRole('link', { name: /Rangordning og resultater/ }).waitFor();
    await o.getByText(euros(grant, 'da')).first().waitFor();
    await auditPage(o, 'journey-06b-ranking-danish');
    await o.getByRole('button', { name: 'English' }).click();
  });
  assert.deepEqual(officer.errors, []);
  timings.step('officer: ranking, selection, reports (browser)');

  // --- The result notice, in the coordinator's language, opens the proposal's outcome.
  const outbox = (await (await web.api('admin')).get('/api/v1/admin/outbox')).body;
  const notice = outbox.find(
    (m: any) => m.to === web.email('coordinator') && m.body.includes(target.proposalId),
  );
  assert.ok(notice, 'a result notice for the coordinator');
  assert.equal(notice.subject, `Resultat af evalueringen af ${acronym}`);
  assert.ok(notice.body.includes('Jeres ansøgning er udvalgt til støtte.'), notice.body);
  const link: string = /https?:\/\/\S+/.exec(notice.body)![0];
  await keepFailureShot(c, 'journey-coordinator', async () => {
    await c.goto(link);
    await h2(c, 'Resultat');
    await c.getByText('Udvalgt til støtte', { exact: true }).waitFor();
    await c.getByRole('table', { name: 'Point' }).waitFor();
    assert.equal(await c.getByText('Siden findes ikke').count(), 0);
    await auditPage(c, 'journey-07a-outcome-danish');
    await screens(c, 'outcome-da');
    await c.getByRole('button', { name: 'English' }).click();
    await h2(c, 'Outcome');
    await c.getByText('Selected for funding', { exact: true }).waitFor();
    assert.equal(
      await c.getByRole('table', { name: 'Scores' }).locator('tbody tr').count(),
      CRITERIA.length,
      'a score per award criterion',
    );
    await auditPage(c, 'journey-07b-outcome');
    await screens(c, 'outcome-en');
  });

  // --- The coordinator finds the report on the proposal.
  await keepFailureShot(c, 'journey-coordinator', async () => {
    await c.goto(`/#/proposals/${target.proposalId}/review`);
    await c.getByText(/^The agency sent the evaluation results on /).waitFor();
    const [report] = await Promise.all([
      c.waitForEvent('download'),
      c.getByRole('button', { name: 'Evaluation summary report (PDF, Danish)' }).click(),
    ]);
    assert.equal(report.suggestedFilename(), `${acronym}-evaluation-summary-da.pdf`);
    await pdfOf(report);
    await auditPage(c, 'journey-07-coordinator-report');
  });
  assert.deepEqual(coordinator.errors, []);
  timings.step('coordinator: downloads the report (browser)');

  const failing = auditRows.filter((row) => row.violations > 0 || row.overflow360);
  assert.deepEqual(
    failing.map((row) => `${row.page}: ${row.details.join(' | ')}`),
    [],
    'no accessibility violation, nothing wider than 360 px',
  );
});
