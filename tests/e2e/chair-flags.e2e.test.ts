/**
 * The chair's flags hold the consensus back until the chair resolves them. On the closed demo
 * call (the experts' scores set up through the API, one far lower on impact), the rapporteur
 * tries to agree the consensus in the browser and is shown the open flags by name; the officer
 * resolves the spread flag on the progress page with a reason (a reason too short is refused on
 * the page); once every flag is resolved the rapporteur agrees. The officer's page is then read
 * in Danish. Every page is audited: axe-core finds no violation and nothing scrolls sideways.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { signIn } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

const CALL = 'demo-closed';
const PROPOSAL = 'DIGIVET';
const REASON = 'The panel heard both experts on impact; the consensus score of the rapporteur stands.';
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

const COMMENT =
  'The proposal describes its objectives and the needs analysis in some detail. The work plan follows from it.';

/** Screens the call in, stores the assignment, and has every expert of the proposal score it. */
async function setUp(): Promise<{ proposalId: string; rapporteurEmail: string; experts: string[] }> {
  const officer = await web.api('officer');
  const screening = (await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`)).body as any[];
  for (const p of screening) {
    const res = await officer.post(`/api/v1/evaluation/proposals/${p.proposalId}/screening`, {
      decision: 'eligible',
      reason: 'Checked against the call: the rules are met.',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  const confirmed = await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/confirm`);
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  const progress = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body as any[];
  const item = progress.find((p) => p.acronym === PROPOSAL);
  const registry = (await officer.get('/api/v1/evaluation/experts')).body as any[];
  const emailOf = (expertId: string) => registry.find((e) => e.id === expertId).email as string;
  for (const [i, e] of item.experts.entries()) {
    const c = await web.api(emailOf(e.expertId));
    const base = `/api/v1/evaluation/proposals/${item.proposalId}`;
    const declared = await c.post(`${base}/declaration`, { noConflict: true, confidentiality: true });
    assert.equal(declared.status, 200, JSON.stringify(declared.body));
    // The first expert scores impact 8 points lower: a spread the chair must decide on.
    const criteria = Object.fromEntries(
      ['relevance', 'quality', 'partnership', 'impact'].map((k) => [
        k,
        { score: k === 'impact' && i === 0 ? 12 : 20, comment: COMMENT },
      ]),
    );
    assert.equal((await c.put(`${base}/my-evaluation`, { version: 0, criteria })).status, 200);
    assert.equal((await c.post(`${base}/my-evaluation/submit`)).status, 200);
  }
  const rapporteurEmail = emailOf(item.experts.find((e: any) => e.rapporteur).expertId);
  const rapporteur = await web.api(rapporteurEmail);
  const base = `/api/v1/evaluation/proposals/${item.proposalId}`;
  const draft = (await rapporteur.get(`${base}/consensus`)).body.draft;
  const criteria = Object.fromEntries(
    draft.criteria.map((c: any) => [
      c.criterion,
      { score: c.proposedScore, comment: `Agreed: ${c.statements[0].text}`, sources: [c.statements[0].ref] },
    ]),
  );
  assert.equal((await rapporteur.put(`${base}/consensus`, { version: 0, criteria })).status, 200);
  return { proposalId: item.proposalId, rapporteurEmail, experts: item.experts.map((e: any) => e.name) };
}

it('the rapporteur is shown the open flags by name; the officer resolves them with a reason; then the consensus is agreed', async () => {
  const { proposalId, rapporteurEmail } = await setUp();

  // The rapporteur tries to agree: refused, with the open flags named.
  const rapporteur = await newUser(browser, web.baseUrl);
  const r = rapporteur.page;
  await keepFailureShot(r, 'chair-flags-rapporteur', async () => {
    await signIn(r, rapporteurEmail);
    await r.goto(`/#/expert/proposals/${proposalId}/consensus`);
    await r.locator('.flag[data-flag="spread:impact"]').waitFor();
    await r.getByRole('button', { name: 'Agree the consensus…' }).click();
    const dialog = r.getByRole('dialog', { name: 'Agree the consensus?' });
    await dialog.getByText(/(flag is|flags are) open for the chair/).waitFor();
    await dialog.getByRole('button', { name: 'Agree, final' }).click();
    const refusal = r.getByRole('alert').filter({ hasText: 'The consensus was not agreed' });
    await refusal.waitFor();
    await refusal.locator('[data-flag="spread:impact"]', { hasText: 'Scores far apart: Impact' }).waitFor();
    assert.doesNotMatch(
      String(await refusal.textContent()),
      /spread:|impact\b|[0-9a-f]{8}-[0-9a-f]{4}/,
      'names, not ids',
    );
    await auditPage(r, 'chair-flags-01-agreement-refused');
  });

  // The officer resolves the spread flag on the progress page.
  const officer = await newUser(browser, web.baseUrl);
  const o = officer.page;
  await keepFailureShot(o, 'chair-flags-officer', async () => {
    await signIn(o, web.email('officer'));
    await o.goto(`/#/officer/calls/${CALL}/progress`);
    const row = o.locator(`table.progress-table tr[data-proposal="${PROPOSAL}"]`);
    const flag = row.locator('[data-flag="spread:impact"]');
    await flag.waitFor();
    assert.equal(await flag.getAttribute('data-open'), 'true');
    const reason = flag.getByLabel('How the chair resolved this flag');
    await reason.fill('ok');
    await flag.getByRole('button', { name: 'Resolve the flag' }).click();
    await flag.getByText('Write a reason of at least 10 characters.').waitFor();
    await auditPage(o, 'chair-flags-02-reason-too-short');
    await reason.fill(REASON);
    await flag.getByRole('button', { name: 'Resolve the flag' }).click();
    const resolved = row.locator('[data-flag="spread:impact"][data-open="false"]');
    await resolved.getByText('Resolved').first().waitFor();
    await resolved.getByText(REASON).waitFor();
    await auditPage(o, 'chair-flags-03-flag-resolved');
  });

  // The other flags of the proposal (if the scores raised any) are resolved the same way.
  await resolveOpenFlags(await web.api('officer'), proposalId, REASON);
  const trail = (await (await web.api('officer')).get(`/api/v1/proposals/${proposalId}/audit`)).body as any[];
  assert.ok(
    trail.some((e) => e.action === 'chair-flag.resolve' && JSON.stringify(e).includes(REASON)),
    'the audit trail records the resolution with its reason',
  );

  // The rapporteur agrees now.
  await keepFailureShot(r, 'chair-flags-agreed', async () => {
    await r.reload();
    await r.locator('.flag[data-flag="spread:impact"] [data-resolved="true"]').waitFor();
    await r.getByRole('button', { name: 'Agree the consensus…' }).click();
    const dialog = r.getByRole('dialog', { name: 'Agree the consensus?' });
    assert.equal(await dialog.getByText(/(flag is|flags are) open for the chair/).count(), 0);
    await dialog.getByRole('button', { name: 'Agree, final' }).click();
    await r.getByText(/^The consensus was agreed at /).waitFor();
    await auditPage(r, 'chair-flags-04-agreed');
  });

  // The officer's page in Danish: the resolution in Danish, no resolve form left.
  await keepFailureShot(o, 'chair-flags-danish', async () => {
    await o.getByRole('button', { name: 'Dansk' }).click();
    await o.reload();
    const row = o.locator(`table.progress-table tr[data-proposal="${PROPOSAL}"]`);
    await row.locator('[data-flag="spread:impact"]').getByText('Afgjort').waitFor();
    assert.equal(await row.locator('form.flag-resolve').count(), 0, 'an agreed consensus has no open flag');
    const text = (await row.textContent()) ?? '';
    assert.doesNotMatch(text, /\bResolved\b|\bResolve the flag\b/, 'no English left');
    await auditPage(o, 'chair-flags-05-progress-da');
  });
  assert.deepEqual(rapporteur.errors, []);
  assert.deepEqual(officer.errors, []);
});
