/**
 * What leaves the platform as files: the proposal as JSON (and back in through the import), the
 * budget as XLSX laid out like the EU detailed budget table, and the audit trail as JSON and CSV.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock('2026-01-20T09:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
let id: string;
let exported: any;

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  // Something in every kind of section, and a budget that differs between beneficiaries.
  await saveSection(coordinator, id, 'general', (d) => ({
    ...d,
    summary: 'Skills for the energy transition, "quoted", with commas.',
  }));
  await saveSection(coordinator, id, 'participant:p3', (d) => ({
    ...d,
    contactName: 'Inès Moreau',
    expertise: 'Curricula',
  }));
  await saveSection(coordinator, id, 'budget:p4', (d) => {
    d.lines.wp2.subcontracting = 12_000;
    d.lines.wp2.personnel.personMonths = 7.25;
    return d;
  });
  const res = await coordinator.get(`/api/v1/proposals/${id}/export.json`);
  assert.equal(res.status, 200);
  exported = res.body;
});
after(async () => {
  await platform?.close();
});

const withoutIds = (content: any) => {
  const { proposalId: _, ...rest } = content;
  return rest;
};

describe('export.json and the import', () => {
  it('the export is the canonical content, offered as a file named after the acronym', async () => {
    const res = await coordinator.get(`/api/v1/proposals/${id}/export.json`);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="TESTALLY-proposal.json"');
    assert.equal(exported.format, 'alliances.proposal/1');
    assert.equal(exported.proposalId, id);
    assert.equal(exported.participants.length, 8);
    assert.equal(exported.budget.p4.wp2.subcontracting, 12_000);
    assert.equal(exported.participants.find((p: any) => p.id === 'p3').contactName, 'Inès Moreau');
  });

  it('imported again, it is a new draft whose export equals the first apart from its id; organisations are matched by PIC', async () => {
    const organisations = (await tableCounts(platform.deps.db)).organisations;
    const partner = await platform.as('partner2');
    const imported = await partner.post('/api/v1/proposals/import', exported);
    assert.equal(imported.status, 201, JSON.stringify(imported.body).slice(0, 500));
    assert.notEqual(imported.body.id, id);
    assert.equal(imported.body.state, 'draft');
    assert.equal(imported.body.membership.role, 'coordinator-contact', 'the importer coordinates the copy');
    assert.deepEqual(imported.body.submissions, []);
    const again = await partner.get(`/api/v1/proposals/${imported.body.id}/export.json`);
    assert.equal(again.body.proposalId, imported.body.id);
    assert.deepEqual(withoutIds(again.body), withoutIds(exported));
    assert.equal(
      (await tableCounts(platform.deps.db)).organisations,
      organisations,
      'no organisation registered twice',
    );
    const review = (await partner.get(`/api/v1/proposals/${imported.body.id}`)).body.review;
    const original = (await coordinator.get(`/api/v1/proposals/${id}`)).body.review;
    assert.deepEqual(
      review.findings.map((f: any) => f.rule),
      original.findings.map((f: any) => f.rule),
      'the copy is reviewed as the original is',
    );
    assert.deepEqual(review.budget, original.budget);
  });

  it('an organisation the registry does not know is registered as declared', async () => {
    const file = structuredClone(exported);
    Object.assign(file.participants[7].organisation, {
      pic: null,
      legalName: 'Nordic Wind Skills Centre',
      country: 'SE',
    });
    const res = await coordinator.post('/api/v1/proposals/import', file);
    assert.equal(res.status, 201, JSON.stringify(res.body).slice(0, 300));
    const org = res.body.document.participants.find((p: any) => p.id === 'p8').organisation;
    assert.equal(org.legalName, 'Nordic Wind Skills Centre');
    assert.equal(org.validation, 'declared');
  });

  const MALFORMED: [what: string, change: (f: any) => void, fields: string[]][] = [
    [
      'not an export',
      (f) => {
        f.format = 'something/else';
      },
      ['format'],
    ],
    [
      'a PIC of 3 digits',
      (f) => {
        f.participants[1].organisation.pic = '123';
      },
      ['participants[1].organisation.pic'],
    ],
    [
      'an unknown organisation type',
      (f) => {
        f.participants[2].organisation.type = 'guild';
      },
      ['participants[2].organisation.type'],
    ],
    [
      'travel in cents',
      (f) => {
        f.budget.p2.wp1.travel = 99.99;
      },
      ['budget.p2.wp1.travel'],
    ],
    [
      'an answer that is not text',
      (f) => {
        f.answers.relevance = 7;
      },
      ['answers.relevance'],
    ],
    [
      'an unknown field',
      (f) => {
        f.colour = 'green';
      },
      ['colour'],
    ],
    [
      'the work packages left out',
      (f) => {
        delete f.workPackages;
      },
      ['workPackages'],
    ],
    [
      'two work packages numbered 1',
      (f) => {
        f.workPackages[1].number = 1;
      },
      ['workPackages'],
    ],
    [
      'a lead who is not in the file',
      (f) => {
        f.workPackages[1].leadParticipantId = 'p99';
      },
      ['workPackages[1].leadParticipantId'],
    ],
    [
      'a budget line for a work package not in the file',
      (f) => {
        f.budget.p2.wp7 = f.budget.p2.wp1;
      },
      ['budget.p2.wp7'],
    ],
    [
      'a budget of a participant not in the file',
      (f) => {
        f.budget.p42 = {};
      },
      ['budget.p42'],
    ],
    [
      'one participant id twice',
      (f) => {
        f.participants[3].id = 'p2';
      },
      ['participants[3].id'],
    ],
    [
      'one organisation twice',
      (f) => {
        f.participants[3].organisation = { ...f.participants[2].organisation };
      },
      ['participants[3].organisation.pic'],
    ],
    [
      'a call the platform does not run',
      (f) => {
        f.call.id = '1999';
      },
      ['call.id'],
    ],
  ];
  for (const [what, change, fields] of MALFORMED)
    it(`a malformed file is refused with the fields named: ${what}`, async () => {
      const file = structuredClone(exported);
      change(file);
      const before = await tableCounts(platform.deps.db);
      const res = await coordinator.post('/api/v1/proposals/import', file);
      assert.equal(res.status, 400, JSON.stringify(res.body).slice(0, 300));
      const named = res.body.problems.map((p: any) => p.field);
      for (const f of fields) assert.ok(named.includes(f), `${f} in ${named.join(', ')}`);
      assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing was written');
    });
});

describe('budget.xlsx', () => {
  let wb: ExcelJS.Workbook;
  let budget: any;
  let names: Map<string, string>;
  before(async () => {
    const res = await coordinator.get(`/api/v1/proposals/${id}/budget.xlsx`);
    assert.equal(res.status, 200);
    assert.equal(
      res.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.equal(res.headers['content-disposition'], 'attachment; filename="TESTALLY-budget.xlsx"');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const view = await coordinator.get(`/api/v1/proposals/${id}`);
    budget = view.body.review.budget;
    names = new Map(view.body.document.participants.map((p: any) => [p.id, p.organisation.legalName]));
  });
  const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

  it('a Summary sheet, then one sheet per beneficiary', () => {
    assert.equal(budget.beneficiaryIds.length, 8);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      [
        'Summary',
        ...budget.beneficiaryIds.map((b: string, i: number) => `${i + 1} ${names.get(b)}`.slice(0, 31)),
      ],
    );
  });

  it('the summary has the work packages as columns, and its totals are those of the review', () => {
    const sheet = wb.getWorksheet('Summary')!;
    const header = values(sheet.getRow(4));
    assert.deepEqual(header, [
      'Beneficiary',
      'PIC',
      'Country',
      'WP1 Project management',
      'WP2 Joint curriculum',
      'Total',
    ]);
    budget.beneficiaryIds.forEach((b: string, i: number) => {
      const row = values(sheet.getRow(5 + i));
      assert.equal(row[0], names.get(b));
      assert.deepEqual(row.slice(3), [
        ...budget.workPackageIds.map((wp: string) => budget.cells[b][wp].total),
        budget.byBeneficiary[b].total,
      ]);
    });
    const totals = values(sheet.getRow(5 + budget.beneficiaryIds.length));
    assert.equal(totals[0], 'Total');
    assert.deepEqual(totals.slice(3), [
      ...budget.workPackageIds.map((wp: string) => budget.byWorkPackage[wp].total),
      budget.total.total,
    ]);
    assert.ok(budget.total.total > 0);
  });

  it("each beneficiary's sheet has the cost categories as rows, the work packages as columns, the review's amounts", () => {
    const rows = [
      'personnel',
      'subcontracting',
      'travel',
      'equipment',
      'otherGoods',
      'direct',
      'indirect',
      'total',
    ];
    budget.beneficiaryIds.forEach((b: string, i: number) => {
      const sheet = wb.worksheets[i + 1]!;
      assert.deepEqual(values(sheet.getRow(3)), ['Cost category', 'WP1', 'WP2', 'Total']);
      rows.forEach((key, r) => {
        const row = values(sheet.getRow(6 + r));
        assert.deepEqual(
          row.slice(1),
          [
            ...budget.workPackageIds.map((wp: string) => budget.cells[b][wp][key]),
            budget.byBeneficiary[b][key],
          ],
          `${names.get(b)}: ${row[0]}`,
        );
      });
    });
    const p4 = wb.worksheets[budget.beneficiaryIds.indexOf('p4') + 1]!;
    assert.deepEqual(values(p4.getRow(4)).slice(1, 3), [2, 7.25], 'person-months as entered');
    assert.equal(budget.cells.p4.wp2.subcontracting, 12_000);
  });
});

/** RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field, '', 'the file ends with a line break');
  return rows;
}

describe('the audit trail', () => {
  it('as JSON: every change to this proposal, who made it and the old and new values', async () => {
    const res = await coordinator.get(`/api/v1/proposals/${id}/audit`);
    assert.equal(res.status, 200);
    assert.equal(res.body[0].action, 'proposal.create');
    assert.ok(res.body.every((e: any) => e.actor.email === 'coordinator@demo.alliances.example'));
    const summary = res.body.find(
      (e: any) =>
        e.action === 'proposal.section.update' &&
        e.entity.id === `${id}/general` &&
        e.changes.some((c: any) => c.path === 'summary'),
    );
    assert.deepEqual(
      summary.changes.find((c: any) => c.path === 'summary'),
      {
        path: 'summary',
        old: '',
        new: 'Skills for the energy transition, "quoted", with commas.',
      },
    );
    const ids = res.body.map((e: any) => e.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a: number, b: number) => a - b),
      'in order',
    );
    const organisationId = (await coordinator.get('/api/v1/organisations?pic=999100001')).body[0].id;
    const other = await coordinator.post('/api/v1/proposals', {
      callId: 'demo',
      lot: 'lot1',
      organisationId,
    });
    const otherTrail = await coordinator.get(`/api/v1/proposals/${other.body.id}/audit`);
    assert.deepEqual(
      otherTrail.body.map((e: any) => e.action),
      ['proposal.create'],
      'only its own history',
    );
  });

  it('as CSV: the same entries, one per line, the changes as JSON', async () => {
    const json = (await coordinator.get(`/api/v1/proposals/${id}/audit`)).body;
    const res = await coordinator.get(`/api/v1/proposals/${id}/audit?format=csv`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['content-disposition'], `attachment; filename="proposal-${id}-audit.csv"`);
    const [header, ...rows] = parseCsv(res.body);
    assert.deepEqual(header, ['id', 'at', 'actor', 'role', 'action', 'entity', 'changes']);
    assert.equal(rows.length, json.length);
    rows.forEach((row, i) => {
      const entry = json[i];
      assert.deepEqual(row.slice(0, 6), [
        String(entry.id),
        entry.at,
        `${entry.actor.name} <${entry.actor.email}>`,
        entry.actor.role,
        entry.action,
        `${entry.entity.type}:${entry.entity.id}`,
      ]);
      assert.deepEqual(JSON.parse(row[6]!), entry.changes);
    });
  });
});
