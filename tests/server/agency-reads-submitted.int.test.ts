/**
 * Agency staff read the last submitted version only: not the draft edits the applicants made
 * after it (proposal view, export.json, proposal.pdf, budget.xlsx, section versions, submissions,
 * audit trail, the list), and of a withdrawn proposal only that it was withdrawn, when and by whom.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';

const clock = new ManualClock('2026-01-20T09:00:00Z');
const DRAFT = 'DRAFT-AFTER-SUBMISSION';
let platform: TestPlatform;
let coordinator: TestClient;
let officer: TestClient;
let id: string;
let withdrawn: string;
let submittedContent: any;

/** Every number in the workbook's Summary sheet. */
async function summaryNumbers(raw: Buffer): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  const numbers: number[] = [];
  wb.getWorksheet('Summary')!.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'number') numbers.push(cell.value);
    }),
  );
  return numbers;
}

/** The document title in a PDF's info dictionary (UTF-16BE with a byte-order mark, or Latin-1). */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(text)!;
  const from = text.indexOf('(', text.indexOf(`\n${ref[1]} 0 obj\n(`)) + 1;
  const raw = Buffer.from(
    text.slice(from, text.indexOf(')\nendobj', from)).replace(/\\([()\\])/g, '$1'),
    'latin1',
  );
  return raw[0] === 0xfe && raw[1] === 0xff
    ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le')
    : raw.toString('latin1');
}

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  const submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  submittedContent = (await coordinator.get(`/api/v1/proposals/${id}/submissions/1`)).body.content;
  // Draft edits after the submission, never submitted.
  await saveSection(coordinator, id, 'general', (d) => ({ ...d, acronym: 'DRAFTED', summary: DRAFT }));
  await saveSection(coordinator, id, 'answers:relevance', () => ({ text: DRAFT }));
  await saveSection(coordinator, id, 'budget:p2', (d) => {
    d.lines.wp1.subcontracting += 54_321;
    return d;
  });
  withdrawn = await eligibleLot1Proposal(coordinator, 'demo');
  assert.equal((await coordinator.post(`/api/v1/proposals/${withdrawn}/submit`)).status, 201);
  assert.equal((await coordinator.post(`/api/v1/proposals/${withdrawn}/withdraw`)).status, 200);
  const calls = await platform.client().get('/api/v1/calls');
  clock.set(new Date(Date.parse(calls.body.find((c: any) => c.id === 'demo').deadline.utc) + 3_600_000));
  coordinator = await platform.as('coordinator');
  officer = await platform.as('officer');
});

after(async () => {
  await platform?.close();
});

describe('a proposal edited after its last submission, read by agency staff after the deadline', () => {
  it('the proposal view shows the submitted version', async () => {
    const mine = await coordinator.get(`/api/v1/proposals/${id}`);
    assert.equal(mine.body.document.general.summary, DRAFT, 'the applicants still see their draft');
    const res = await officer.get(`/api/v1/proposals/${id}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(!JSON.stringify(res.body).includes(DRAFT), 'no draft text');
    assert.equal(res.body.document.general.acronym, submittedContent.acronym);
    assert.equal(res.body.sections.general.data.summary, submittedContent.summary);
    assert.equal(res.body.review.budget.total.total, submittedContent.budgetTotals.total.total);
    assert.equal(res.body.document.answers.relevance, submittedContent.answers.relevance);
  });

  it('export.json is the submitted content exactly', async () => {
    const res = await officer.get(`/api/v1/proposals/${id}/export.json`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, submittedContent);
  });

  it('proposal.pdf and budget.xlsx are made from the submitted version', async () => {
    const pdf = await officer.get(`/api/v1/proposals/${id}/proposal.pdf`);
    assert.equal(pdf.status, 200);
    assert.match(pdfTitle(pdf.raw), new RegExp(`^${submittedContent.acronym}:`));
    assert.match(pdfTitle((await coordinator.get(`/api/v1/proposals/${id}/proposal.pdf`)).raw), /^DRAFTED:/);
    const total = submittedContent.budgetTotals.total.total as number;
    const theirs = await summaryNumbers((await officer.get(`/api/v1/proposals/${id}/budget.xlsx`)).raw);
    const draft = await summaryNumbers((await coordinator.get(`/api/v1/proposals/${id}/budget.xlsx`)).raw);
    assert.ok(theirs.includes(total), `the submitted total ${total}`);
    assert.ok(!draft.includes(total), 'the draft total differs, so the check can fail');
  });

  it('the saved versions of sections are refused; only the last submission is there', async () => {
    for (const url of [`sections/general/versions`, `sections/general/versions/2`]) {
      const res = await officer.get(`/api/v1/proposals/${id}/${url}`);
      assert.equal(res.status, 403, url);
      assert.equal(res.body.error, 'submitted-version-only');
    }
    assert.equal((await coordinator.get(`/api/v1/proposals/${id}/sections/general/versions`)).status, 200);
    const receipts = await officer.get(`/api/v1/proposals/${id}/submissions`);
    assert.deepEqual(
      receipts.body.map((r: any) => r.number),
      [1],
    );
  });

  it('the audit trail ends, for the applicants’ actions, with the last submission', async () => {
    const rows = (await officer.get(`/api/v1/proposals/${id}/audit`)).body;
    assert.ok(!JSON.stringify(rows).includes(DRAFT));
    assert.equal(rows.at(-1).action, 'proposal.submit');
    const csv = (await officer.get(`/api/v1/proposals/${id}/audit?format=csv`)).raw.toString('utf8');
    assert.ok(!csv.includes(DRAFT));
    const all = (await coordinator.get(`/api/v1/proposals/${id}/audit`)).body;
    assert.ok(
      JSON.stringify(all).includes(DRAFT),
      'the applicants’ trail has the draft, so the check can fail',
    );
  });

  it('the list shows the submitted acronym', async () => {
    const list = (await officer.get('/api/v1/proposals')).body;
    assert.equal(list.find((p: any) => p.id === id).acronym, submittedContent.acronym);
  });
});

describe('a withdrawn proposal, read by agency staff', () => {
  it('shows only that it was withdrawn, when and by whom', async () => {
    const res = await officer.get(`/api/v1/proposals/${withdrawn}`);
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(res.body).sort(), ['callId', 'id', 'state', 'withdrawal']);
    assert.equal(res.body.state, 'withdrawn');
    assert.equal(res.body.withdrawal.by, coordinator.account!.name);
    assert.ok(Date.parse(res.body.withdrawal.at) > 0);
  });

  it('gives none of its content', async () => {
    for (const path of [
      'export.json',
      'proposal.pdf',
      'budget.xlsx',
      'submissions',
      'submissions/1',
      'submissions/1/receipt.pdf',
      'submissions/1/proposal.pdf',
    ]) {
      const res = await officer.get(`/api/v1/proposals/${withdrawn}/${path}`);
      assert.equal(res.status, 403, path);
      assert.equal(res.body.error, 'withdrawn', path);
    }
    const audit = (await officer.get(`/api/v1/proposals/${withdrawn}/audit`)).body;
    assert.deepEqual(
      audit.map((r: any) => r.action),
      ['proposal.withdraw'],
    );
  });
});
