/**
 * The agency officer evaluates the closed demo call in the browser: the closed calls on the home
 * page, screening with the engine's findings and a written reason (the server's field error shown
 * next to the field), the expert registry with a stale edit and the conflicts of interest, the
 * optimal assignment confirmed and a change by hand, then (the experts' work set up through the
 * API) progress with the chair's flags, a what-if that moves proposals, the confirmed ranking,
 * sending the reports, and the ranking XLSX and an evaluation summary report PDF. Every officer
 * page is audited: axe-core finds no violation and nothing scrolls sideways at 360 px.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditRows, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

const CALL = 'demo-closed';
const timings = new Timings('the officer evaluates the closed demo call');
let web: WebPlatform;
let browser: Browser;
const api = (key: string) => web.api(key);

before(async () => {
  web = await startWebPlatform({ demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per officer page:\n${auditTable()}\n`);
  console.log(timings.table());
});

const STRONG =
  'The proposal is convincing and well argued. The consortium brings the right partners together for the aims.';
const EXPERT_KEY: Record<string, string> = {
  'Lukas Novák': 'expert1',
  'Maria Rossi': 'expert2',
  'Anna Kowalska': 'expert3',
  'Sven Lindqvist': 'expert4',
  'Eleni Papadopoulou': 'expert5',
};
/** Points per criterion: a clear order, so a smaller envelope moves the last ones to the reserve. */
const BASE: Record<string, number> = { WINDSKILLS: 22, DIGIVET: 20, SOLARCRAFT: 19, GREENBUILD: 18 };

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const card = (page: Page, acronym: string) =>
  page.locator(`article.screening-card[data-proposal="${acronym}"]`);

it('an officer screens, assigns, follows, ranks and reports on a closed call', async () => {
  const officerApi = await api('officer');
  const screening = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body as any[];
  assert.equal(screening.length, 4);
  const id = Object.fromEntries(screening.map((p) => [p.acronym, p.proposalId])) as Record<string, string>;
  // GREENBUILD's submitted version as the engine reads it now: a duration the call does not allow
  // (as when a rule was corrected after submission), so screening has findings to show.
  const row = await web.platform.deps.db
    .selectFrom('proposals')
    .innerJoin('submissions', 'submissions.id', 'proposals.last_submission_id')
    .select(['submissions.id', 'submissions.canonical'])
    .where('proposals.id', '=', id.GREENBUILD!)
    .executeTakeFirstOrThrow();
  const content = JSON.parse(row.canonical);
  content.durationMonths = 30;
  await web.platform.deps.db
    .updateTable('submissions')
    .set({ canonical: JSON.stringify(content) })
    .where('id', '=', row.id)
    .execute();
  const greenbuild = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body.find(
    (p: any) => p.acronym === 'GREENBUILD',
  );
  assert.equal(greenbuild.engine.eligible, false, 'the engine finds the changed version ineligible');
  const finding = greenbuild.engine.findings.find((f: any) => f.severity === 'error');
  timings.step('set up: a submitted version with findings');

  const officer = await newUser(browser, web.baseUrl);
  const p = officer.page;
  await keepFailureShot(p, 'officer-evaluation', async () => {
    await signIn(p, web.email('officer'));
    await p.goto('/#/officer');
    await h1(p, 'Closed calls and submitted proposals');
    const callRow = p.locator(`tr[data-call="${CALL}"]`);
    await callRow.getByRole('link', { name: `Evaluate call ${CALL}` }).waitFor();
    assert.equal((await callRow.locator('td.num').textContent())?.trim(), '4');
    await callRow.getByText('0 of 4 screened').waitFor();
    await auditPage(p, 'officer-01-home');
    await callRow.getByRole('link', { name: `Evaluate call ${CALL}` }).click();

    // Screening: the findings as the server gives them, and a decision with a reason.
    await h1(p, `Evaluation of call ${CALL}: Screening`);
    const nav = p.getByRole('navigation', { name: 'Steps of the evaluation' });
    assert.equal(await nav.getByRole('link').count(), 5);
    assert.equal(await nav.locator('[aria-current="page"]').textContent(), '1. Screening');
    await card(p, 'GREENBUILD').locator('.finding').first().waitFor();
    const shown = card(p, 'GREENBUILD').locator(`.finding[data-rule="${finding.rule}"]`).first();
    await shown.getByText(finding.message.en).waitFor();
    if (finding.fix) await shown.getByText(finding.fix.en).waitFor();
    await shown.getByText(finding.basis.sources[0].title).first().waitFor();
    await card(p, 'GREENBUILD').getByText('Not eligible by the rules of the call.').waitFor();
    await card(p, 'WINDSKILLS').getByText('The engine found nothing wrong with this version.').waitFor();
    await auditPage(p, 'officer-02-screening');

    const gb = card(p, 'GREENBUILD');
    await gb.getByLabel('Eligible: it goes on to the experts').check();
    await gb.getByText('This goes against the engine’s verdict').waitFor();
    await gb.getByLabel('Reason for the decision').fill('ok');
    await gb.getByRole('button', { name: 'Record the decision on GREENBUILD' }).click();
    const fieldError = gb.locator('.field--error .field__error');
    await fieldError.waitFor();
    assert.match((await fieldError.textContent()) ?? '', /at least 10 characters/);
    assert.equal(await gb.getByLabel('Reason for the decision').getAttribute('aria-invalid'), 'true');
    await auditPage(p, 'officer-03-screening-reason-error');
    await gb
      .getByLabel('Reason for the decision')
      .fill('The 30-month duration was accepted in writing by the call coordinator before the deadline.');
    await gb.getByRole('button', { name: 'Record the decision on GREENBUILD' }).click();
    await gb.getByText('The decision on GREENBUILD is recorded as an override of the engine.').waitFor();
    await p.locator('article[data-proposal="GREENBUILD"][data-decision="eligible"]').waitFor();
    await gb
      .locator('.screening-decision[data-overridden="true"]')
      .getByText('overrides the engine')
      .waitFor();
    for (const acronym of ['WINDSKILLS', 'DIGIVET', 'SOLARCRAFT']) {
      const res = await officerApi.post(`/api/v1/evaluation/proposals/${id[acronym]}/screening`, {
        decision: 'eligible',
        reason: 'Checked against the call: all rules met.',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    await p.reload();
    await p
      .getByText('4 of 4 proposals decided: 4 eligible, 0 ineligible, 1 against the engine’s verdict.')
      .waitFor();
    await card(p, 'WINDSKILLS').getByText('Checked against the call: all rules met.').waitFor();
    timings.step('screening');

    // Experts: the registry, an edit that meets someone else's change (409), the conflicts.
    await nav.getByRole('link', { name: 'Experts and conflicts' }).click();
    await h1(p, `Evaluation of call ${CALL}: Experts and conflicts`);
    const registry = p.locator('table.experts-table tbody tr');
    await registry.first().waitFor();
    assert.equal(await registry.count(), 5);
    await p.locator('tr[data-expert="Maria Rossi"]').getByText('999100003').waitFor();
    const conflict = p.locator('tr[data-conflict="Maria Rossi/WINDSKILLS"]');
    await conflict.getByText('The expert’s employer takes part').waitFor();
    await conflict.getByText('keeps the expert off').waitFor();
    assert.equal(await p.locator('table.conflicts-table tbody tr').count(), 1);
    await auditPage(p, 'officer-04-experts');
    await p.getByRole('button', { name: 'Edit Sven Lindqvist' }).click();
    const form = p.locator('form.expert-form', { hasText: 'Correct the entry of Sven Lindqvist' });
    const sven = ((await officerApi.get('/api/v1/evaluation/experts')).body as any[]).find(
      (e) => e.name === 'Sven Lindqvist',
    );
    const meanwhile = await officerApi.request('PATCH', `/api/v1/evaluation/experts/${sven.id}`, {
      version: sven.version,
      languages: ['en', 'sv', 'de'],
    });
    assert.equal(meanwhile.status, 200);
    await form.getByLabel('Maximum load').fill('6');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await form.getByText('Someone changed this entry meanwhile (now version 2).').waitFor();
    await auditPage(p, 'officer-05-experts-stale-edit');
    await form.getByRole('button', { name: 'Take the current entry' }).click();
    assert.equal(await form.getByLabel('Languages').inputValue(), 'en, sv, de');
    await form.getByLabel('Maximum load').fill('6');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await p.getByText('The entry of Sven Lindqvist is saved.').waitFor();
    const svenRow = p.locator('tr[data-expert="Sven Lindqvist"]');
    assert.equal((await svenRow.locator('td.num').textContent())?.trim(), '6');
    await svenRow.getByText('en, sv, de').waitFor();
    timings.step('experts and conflicts');

    // Assignment: propose, read the explanations, confirm, change by hand.
    await nav.getByRole('link', { name: 'Assignment' }).click();
    await h1(p, `Evaluation of call ${CALL}: Assignment`);
    await p.getByText('No expert is assigned yet').waitFor();
    await p.getByLabel('Experts per proposal').waitFor();
    assert.equal(await p.getByLabel('Experts per proposal').inputValue(), '3');
    await p.getByRole('button', { name: 'Propose the optimal assignment' }).click();
    const proposed = p.locator('table.proposed-table tbody tr');
    await proposed.first().waitFor();
    assert.equal(await proposed.count(), 4);
    await p.getByText(/Every proposal gets 3 experts without a conflict of interest/).waitFor();
    const wind = p.locator('table.proposed-table tr[data-proposal="WINDSKILLS"]');
    await wind.getByText('Maria Rossi: The expert’s employer takes part: 999100003').waitFor();
    assert.equal(await wind.locator('li[data-expert="Maria Rossi"]').count(), 0);
    assert.equal(await wind.locator('li[data-expert]').count(), 3);
    await wind
      .getByText(/topics matched/)
      .first()
      .waitFor();
    assert.equal(await p.locator('table.loads-table tbody tr').count(), 5);
    await auditPage(p, 'officer-06-assignment-proposed');
    await p.getByRole('button', { name: 'Confirm and store this assignment' }).click();
    await p.getByText('The assignment is stored.').waitFor();
    const current = p.locator('table.current-assignment tbody tr');
    await current.first().waitFor();
    assert.equal(await current.count(), 4);
    for (const r of await current.all()) assert.equal(await r.locator('li').count(), 3);
    // By hand: the server refuses a pair with a conflict of interest, and logs an accepted change.
    const maria = ((await officerApi.get('/api/v1/evaluation/experts')).body as any[]).find(
      (e) => e.name === 'Maria Rossi',
    );
    await p.getByLabel('Change', { exact: true }).selectOption('add');
    await p.locator('#chg-proposal').selectOption(id.WINDSKILLS!);
    await p.locator('#chg-expert').selectOption(maria.id);
    await p.getByLabel('Reason for the change').fill('Adds an Italian-speaking reviewer to the panel.');
    await p.getByRole('button', { name: 'Record the change' }).click();
    await p
      .getByRole('alert')
      .getByText('A conflict of interest keeps this expert off the proposal.')
      .waitFor();
    await p.locator('#chg-proposal').selectOption(id.DIGIVET!);
    await p.getByRole('button', { name: 'Record the change' }).click();
    await p.getByText('Maria Rossi is added to DIGIVET.').waitFor();
    await p.locator('.officer-log').getByText('added Maria Rossi to DIGIVET').waitFor();
    await p.locator('.officer-log').getByText('Adds an Italian-speaking reviewer to the panel.').waitFor();
    const digivet = p.locator('table.current-assignment tr[data-proposal="DIGIVET"]');
    assert.equal(await digivet.locator('li').count(), 4);
    await digivet.getByText('added by hand').waitFor();
    await auditPage(p, 'officer-07-assignment-confirmed');
    timings.step('assignment');

    // The experts' work, through the API (their pages are built elsewhere).
    const progress = (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body as any[];
    for (const item of progress) {
      const base = BASE[item.acronym]!;
      for (const [ei, e] of item.experts.entries()) {
        const c = await api(EXPERT_KEY[e.name]!);
        const declared = await c.post(`/api/v1/evaluation/proposals/${item.proposalId}/declaration`, {
          noConflict: true,
          confidentiality: true,
        });
        assert.equal(declared.status, 200, JSON.stringify(declared.body));
        const mine = await c.get(`/api/v1/evaluation/proposals/${item.proposalId}/my-evaluation`);
        // On DIGIVET one expert scores impact far lower: a spread for the chair.
        const impact = item.acronym === 'DIGIVET' && ei === 0 ? base - 8 : base;
        const criteria = Object.fromEntries(
          ['relevance', 'quality', 'partnership', 'impact'].map((k) => [
            k,
            { score: k === 'impact' ? impact : base, comment: STRONG },
          ]),
        );
        const saved = await c.put(`/api/v1/evaluation/proposals/${item.proposalId}/my-evaluation`, {
          version: mine.body.version ?? 0,
          criteria,
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        const sent = await c.post(`/api/v1/evaluation/proposals/${item.proposalId}/my-evaluation/submit`);
        assert.equal(sent.status, 200, JSON.stringify(sent.body));
      }
      const rapporteur = await api(EXPERT_KEY[item.experts.find((e: any) => e.rapporteur).name]!);
      const view = await rapporteur.get(`/api/v1/evaluation/proposals/${item.proposalId}/consensus`);
      assert.equal(view.status, 200, JSON.stringify(view.body));
      const criteria: Record<string, unknown> = {};
      for (const c of view.body.draft.criteria) {
        criteria[c.criterion] = {
          score: c.proposedScore,
          comment: `Consensus on ${c.criterion}: ${c.statements[0].text}`,
          sources: [c.statements[0].ref],
        };
      }
      const saved = await rapporteur.put(`/api/v1/evaluation/proposals/${item.proposalId}/consensus`, {
        version: 0,
        criteria,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      // The chair resolves the flags first (tests/e2e/chair-flags.e2e.test.ts does it in the browser).
      await resolveOpenFlags(officerApi, item.proposalId);
      const agreed = await rapporteur.post(`/api/v1/evaluation/proposals/${item.proposalId}/consensus/agree`);
      assert.equal(agreed.status, 200, JSON.stringify(agreed.body));
    }
    timings.step('set up: evaluations and consensus through the API');

    // Progress: who submitted, the consensus, the chair's flags.
    await nav.getByRole('link', { name: 'Progress' }).click();
    await h1(p, `Evaluation of call ${CALL}: Progress`);
    await p
      .getByText('4 of 4 screened · 4 with experts · 13 of 13 evaluations submitted · 4 consensus agreed.')
      .waitFor();
    const digivetProgress = p.locator('table.progress-table tr[data-proposal="DIGIVET"]');
    await digivetProgress.getByText('4 of 4 submitted').waitFor();
    assert.equal(await digivetProgress.getAttribute('data-consensus'), 'agreed');
    await digivetProgress.locator('[data-flag="spread:impact"]').waitFor();
    await p
      .locator('table.progress-table tr[data-proposal="WINDSKILLS"]')
      .getByText('3 of 3 submitted')
      .waitFor();
    await auditPage(p, 'officer-08-progress');
    timings.step('progress');

    // Ranking: provisional, a what-if that moves proposals (nothing saved), confirm.
    await nav.getByRole('link', { name: 'Ranking and results' }).click();
    await h1(p, `Evaluation of call ${CALL}: Ranking and results`);
    const currentRanking = p.locator('section[data-confirmed="no"] table.ranking-table tbody tr');
    await currentRanking.first().waitFor();
    assert.deepEqual(
      await currentRanking.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-proposal'))),
      ['WINDSKILLS', 'DIGIVET', 'SOLARCRAFT', 'GREENBUILD'],
    );
    assert.deepEqual(
      await currentRanking.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-decision'))),
      ['selected', 'selected', 'selected', 'selected'],
    );
    await p.locator('section[data-confirmed="no"]').getByText('EUR 25,000,000').first().waitFor();
    await auditPage(p, 'officer-09-ranking-provisional');
    await p.getByLabel(/^Envelope of .* \(euros\)$/).fill('2,000,000');
    await p.getByRole('button', { name: 'Show who moves (nothing saved)' }).click();
    const moved = p.locator('.officer-moves li');
    await moved.first().waitFor();
    assert.deepEqual((await moved.evaluateAll((li) => li.map((x) => x.getAttribute('data-moved')))).sort(), [
      'GREENBUILD',
      'SOLARCRAFT',
    ]);
    await p
      .locator('li[data-moved="SOLARCRAFT"]')
      .getByText('Selected (rank 3) → Reserve list (rank 3)')
      .waitFor();
    await p.getByText('A simulation: nothing was saved.').waitFor();
    assert.equal(
      (await officerApi.get(`/api/v1/evaluation/calls/${CALL}/ranking`)).status,
      404,
      'the what-if stored nothing',
    );
    await auditPage(p, 'officer-10-ranking-what-if');
    await p.getByRole('button', { name: 'Confirm the ranking with these values' }).click();
    await p.getByText('The ranking is confirmed.').waitFor();
    const confirmedRows = p.locator('section[data-confirmed="yes"] table.ranking-table tbody tr');
    await confirmedRows.first().waitFor();
    assert.deepEqual(
      await confirmedRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-decision'))),
      ['selected', 'selected', 'reserve', 'reserve'],
    );
    await p.locator('section[data-confirmed="yes"] tr.ranking-row--cut[data-proposal="DIGIVET"]').waitFor();
    const stored = await officerApi.get(`/api/v1/evaluation/calls/${CALL}/ranking`);
    assert.equal(stored.status, 200);
    assert.deepEqual(stored.body.envelopes, { lot1: 2_000_000 });
    timings.step('ranking and what-if');

    // Sending the reports: a dialog says what happens first.
    await p.getByRole('button', { name: 'Send the evaluation summary reports…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Send the evaluation summary reports?' });
    await dialog
      .getByText('Every coordinator of a submitted proposal of this call gets an e-mail notice')
      .waitFor();
    await dialog.getByText('this cannot be undone').waitFor();
    await auditPage(p, 'officer-11-send-reports-dialog');
    await dialog.getByRole('button', { name: 'Send the reports now' }).click();
    await p.getByText(/^The reports are sent: \d+ notices written\.$/).waitFor();
    assert.equal(await dialog.count(), 0);
    const outbox = (await (await api('admin')).get('/api/v1/admin/outbox')).body as any[];
    assert.ok(outbox.some((m) => m.subject === 'Evaluation result for WINDSKILLS'));

    // Files: the ranking as XLSX, an evaluation summary report as PDF.
    const [xlsx] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Ranking (XLSX, a sheet per lot)' }).click(),
    ]);
    const xlsxBytes = await readFile((await xlsx.path())!);
    assert.equal(xlsxBytes.subarray(0, 2).toString(), 'PK', 'a zip');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxBytes as unknown as ArrayBuffer);
    // Names, never ids: the sheet is named by its lot, proposals by acronym and title, criteria
    // by name, decisions in words.
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Lot 1 Alliances for Education…'],
    );
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => {
      r.eachCell((c) => {
        cells.push(String(c.value));
      });
    });
    assert.ok(cells.includes('WINDSKILLS'), 'the sheet names the proposals');
    const header = (wb.worksheets[0]!.getRow(3).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 3), ['Rank', 'Acronym', 'Title']);
    assert.ok(header.includes('Relevance of the project'), `criterion names: ${header.join(' | ')}`);
    assert.ok(!header.includes('relevance'), 'no criterion ids');
    assert.ok(cells.includes('Selected'), 'decisions in words');
    for (const id of ['selected', 'reserve', 'below-threshold', 'lot1'])
      assert.ok(!cells.includes(id), `no id "${id}" in a cell`);
    await p.getByText(`ranking-${CALL}.xlsx is downloaded.`).waitFor({ state: 'attached' });
    const [pdf] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'WINDSKILLS in Danish' }).click(),
    ]);
    assert.equal(pdf.suggestedFilename(), 'WINDSKILLS-evaluation-summary-da.pdf');
    const pdfBytes = await readFile((await pdf.path())!);
    assert.equal(pdfBytes.subarray(0, 4).toString(), '%PDF');
    await p.getByText('The reports were sent').first().waitFor();
    await auditPage(p, 'officer-12-ranking-confirmed-sent');
    timings.step('reports and files');

    // The home page sums it up.
    await p.goto('/#/officer');
    await p
      .locator(`tr[data-call="${CALL}"]`)
      .getByText('4 of 4 screened · 4 with experts · 13 of 13 evaluations in · 4 consensus agreed')
      .waitFor();
    await auditPage(p, 'officer-13-home-after');

    // The registry and the conflicts by hand, after the results (they change no assignment now).
    await p.goto(`/#/officer/calls/${CALL}/experts`);
    await h1(p, `Evaluation of call ${CALL}: Experts and conflicts`);
    await p.locator('#exp-new-name').fill('Jan Peeters');
    await p.locator('#exp-new-email').fill('jan.peeters@example.org');
    await p.locator('#exp-new-country').selectOption({ label: 'Belgium' });
    await p.locator('#exp-new-pic').fill('123');
    await p.locator('#exp-new-topic-vet').check();
    await p.locator('#exp-new-topic-digital').check();
    await p.locator('#exp-new-languages').fill('nl, fr, en');
    await p.locator('#exp-new-load').fill('4');
    await p.locator('#exp-new-lot1').check();
    await p.getByRole('button', { name: 'Register the expert' }).click();
    // A PIC has nine digits: the server names the field, and the form shows it there.
    await p.locator('#exp-new-pic[aria-invalid="true"]').waitFor();
    assert.equal(await p.locator('table.experts-table tbody tr').count(), 5, 'nothing registered');
    await p.locator('#exp-new-pic').fill('999100009');
    await p.getByRole('button', { name: 'Register the expert' }).click();
    await p.getByText('Jan Peeters is registered.').waitFor();
    const jan = p.locator('tr[data-expert="Jan Peeters"]');
    await jan.getByText('999100009').waitFor();
    assert.equal(await p.locator('table.experts-table tbody tr').count(), 6);
    // Jan's employer (PIC 999100009) takes part in a proposal: the conflict is found from the registry.
    assert.ok(
      (await p.locator('table.conflicts-table tr[data-conflict^="Jan Peeters/"]').count()) >= 1,
      "a conflict from the new expert's employer",
    );
    // Pin a conflict with a reason, then lift the one Maria Rossi's employer causes.
    await p.locator('#coi-expert').selectOption({ label: 'Sven Lindqvist' });
    await p.locator('#coi-proposal').selectOption({ label: 'SOLARCRAFT' });
    await p.locator('#coi-action').selectOption('pin');
    await p.locator('#coi-reason').fill('Sven Lindqvist reviewed a draft of SOLARCRAFT for a partner.');
    await p.getByRole('button', { name: 'Record', exact: true }).click();
    await p.getByText('The conflict of Sven Lindqvist with SOLARCRAFT is pinned.').waitFor();
    await p
      .locator('tr[data-conflict="Sven Lindqvist/SOLARCRAFT"]')
      .getByText('Pinned by an officer')
      .waitFor();
    await p.getByRole('button', { name: 'Lift: Maria Rossi on WINDSKILLS' }).click();
    assert.equal(await p.locator('#coi-action').inputValue(), 'lift', 'the button fills the form');
    await p.locator('#coi-reason').fill('Her employer takes part only as an associated partner.');
    await p.getByRole('button', { name: 'Record', exact: true }).click();
    await p.getByText('The conflict of Maria Rossi with WINDSKILLS is lifted.').waitFor();
    await p
      .locator('tr[data-conflict="Maria Rossi/WINDSKILLS"]')
      .getByText('lifted', { exact: true })
      .waitFor();
    await auditPage(p, 'officer-14-experts-registered-and-conflicts');
  });

  assert.deepEqual(officer.errors, []);
  const failing = auditRows.filter((r) => r.violations > 0 || r.overflow360);
  assert.deepEqual(
    failing.map((r) => `${r.page}: ${r.details.join(' | ')}`),
    [],
    'every officer page: no axe violation and no sideways scrolling at 360 px',
  );
  assert.equal(auditRows.length, 14, 'every officer page was audited');
});
