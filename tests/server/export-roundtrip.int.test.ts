/**
 * Every export.json re-imports to the same document: for files whose texts, numbers and flags
 * fast-check varies (any Unicode, quotes, leading = + - @), importing the file and exporting the
 * new draft gives an export that, imported and exported again, is unchanged apart from its id.
 * And the files that leave as spreadsheets neutralise cells that would start a formula.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';

const clock = new ManualClock('2026-01-20T09:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
let id: string;
let exported: any;

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  exported = (await coordinator.get(`/api/v1/proposals/${id}/export.json`)).body;
});

after(async () => {
  await platform?.close();
});

const withoutId = ({ proposalId: _, ...rest }: any) => rest;
const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength }),
      fc.string({ maxLength: maxLength - 1 }).map((s) => `=${s}`),
      fc.constantFrom('"quoted", with commas', '+SUM(1)', '@cmd', 'Łódź æøå 中文 😀'),
    )
    .filter((s) => s.length <= maxLength); // the schemas count UTF-16 code units

async function importThenExport(file: unknown) {
  const imported = await coordinator.post('/api/v1/proposals/import', file);
  assert.equal(imported.status, 201, JSON.stringify(imported.body).slice(0, 400));
  const res = await coordinator.get(`/api/v1/proposals/${imported.body.id}/export.json`);
  assert.equal(res.status, 200);
  return res.body;
}

describe('export.json round trip', () => {
  it('an export, imported and exported again, is the same document', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          acronym: text(20),
          title: text(200),
          summary: text(2000),
          contactName: text(120),
          expertise: text(300),
          eche: fc.boolean(),
          wpTitle: text(200),
          description: text(500),
          subcontracting: fc.integer({ min: 0, max: 5_000_000 }),
          personMonths: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
          answer: text(3000),
        }),
        async (v) => {
          const file = structuredClone(exported);
          Object.assign(file, { acronym: v.acronym, title: v.title, summary: v.summary });
          Object.assign(file.participants[2], {
            contactName: v.contactName,
            expertise: v.expertise,
            eche: v.eche,
          });
          Object.assign(file.workPackages[0], { title: v.wpTitle, description: v.description });
          file.budget.p2.wp1.subcontracting = v.subcontracting;
          file.budget.p3.wp2.personnel.personMonths = v.personMonths;
          file.answers.relevance = v.answer;
          const first = await importThenExport(file);
          assert.equal(first.summary, v.summary);
          assert.equal(first.budget.p2.wp1.subcontracting, v.subcontracting);
          const second = await importThenExport(first);
          assert.deepEqual(withoutId(second), withoutId(first));
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('spreadsheets neutralise cells that would start a formula', () => {
  it('the audit CSV and the budget XLSX carry "=…" as text with a leading apostrophe', async () => {
    const hostile = await platform
      .client()
      .register('hostile@example.org', '=HYPERLINK("http://evil.example","x")');
    const org = await hostile.post('/api/v1/organisations', {
      legalName: '@SUM(1+1) Learning',
      country: 'SE',
      type: 'enterprise',
    });
    const created = await hostile.post('/api/v1/proposals', {
      callId: 'demo',
      lot: 'lot1',
      organisationId: org.body.id,
      acronym: '+CMD',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await saveSection(hostile, created.body.id, 'general', (d) => ({ ...d, title: '-1+2' }));
    const csv = (await hostile.get(`/api/v1/proposals/${created.body.id}/audit?format=csv`)).raw.toString(
      'utf8',
    );
    const cells = csv
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[2]!);
    assert.ok(cells.length > 0);
    for (const cell of cells) assert.ok(cell.startsWith(`"'=HYPERLINK`), cell);
    const xlsx = await hostile.get(`/api/v1/proposals/${created.body.id}/budget.xlsx`);
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const texts: string[] = [];
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
    assert.ok(
      texts.some((t) => t.includes('@SUM(1+1) Learning')),
      'the name is in the workbook',
    );
    for (const t of texts) assert.doesNotMatch(t, /^[=+\-@\t\r]/, t);
  });
});
