import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRuleBook } from '../../node/load-rule-book.ts';
import {
  assembleDocument,
  documentBudget,
  emptySection,
  type OrganisationRef,
} from '../proposal/document.ts';
import { compareBudgetTable } from './budget-table.ts';
import type { BudgetTableTotals } from './files.ts';
import { ANNEX_MISSING, packageFindings } from './package-findings.ts';

const call = loadRuleBook().calls['2026']!;
const org = (id: string, pic: string | null): OrganisationRef => ({
  id,
  pic,
  legalName: `Org ${id}`,
  country: 'DK',
  type: 'hei',
  city: null,
  validation: 'declared',
});
const line = (travel: number) => ({
  personnel: { personMonths: 0, monthlyRate: 0 },
  subcontracting: 0,
  travel,
  equipment: 0,
  otherGoods: 0,
});
const wp = (id: string, number: number) => ({
  id,
  number,
  title: `WP${number}`,
  leadParticipantId: 'p1',
  startMonth: 1,
  endMonth: 12,
  description: '',
  deliverables: [],
});
const sections: Record<string, unknown> = {
  general: {
    lot: 'lot1',
    durationMonths: 24,
    ecosystem: null,
    acronym: 'A',
    title: 'T',
    summary: '',
    requestedGrant: 0,
  },
  consortium: {
    participants: [
      { id: 'p1', organisationId: 'o1', role: 'coordinator' },
      { id: 'p2', organisationId: 'o2', role: 'beneficiary' },
    ],
  },
  'participant:p1': emptySection('participant:p1'),
  'participant:p2': emptySection('participant:p2'),
  'work-plan': { workPackages: [wp('w1', 1), wp('w2', 2)] },
  'budget:p1': { lines: { w1: line(1000), w2: line(2000) } },
  'budget:p2': { lines: { w1: line(500) } },
};
const doc = assembleDocument({
  id: 'x',
  callId: '2026',
  keys: Object.keys(sections),
  sections: (k) => sections[k],
  organisations: new Map([
    ['o1', org('o1', '111111111')],
    ['o2', org('o2', null)],
  ]),
});
const budget = documentBudget(doc, call);
const agreeing = (): BudgetTableTotals => ({
  beneficiaries: [
    { name: 'Org o1', pic: '111111111', total: budget.byBeneficiary.p1!.total },
    { name: ' org  O2 ', pic: null, total: budget.byBeneficiary.p2!.total },
  ],
  workPackages: [
    { number: 1, total: budget.byWorkPackage.w1!.total },
    { number: 2, total: budget.byWorkPackage.w2!.total },
  ],
});

describe('the budget table against the budget matrix', () => {
  it('finds nothing when the totals per beneficiary and per work package agree (names matched loosely, PIC first)', () => {
    assert.deepEqual(compareBudgetTable(agreeing(), doc, budget, call), []);
  });

  it('names each difference: a beneficiary total, a work package total, a missing row and an extra column', () => {
    const table = agreeing();
    table.beneficiaries[0]!.total += 100;
    table.beneficiaries.pop();
    table.workPackages[1]!.total -= 7;
    table.workPackages.push({ number: 9, total: 1 });
    const findings = compareBudgetTable(table, doc, budget, call);
    assert.deepEqual(
      findings.map((f) => f.message.en),
      [
        `Org o1: the budget table says ${budget.byBeneficiary.p1!.total + 100} EUR, the proposal's budget ${budget.byBeneficiary.p1!.total} EUR.`,
        `The budget table has no row for Org o2 (${budget.byBeneficiary.p2!.total} EUR in the proposal's budget).`,
        `WP2: the budget table says ${budget.byWorkPackage.w2!.total - 7} EUR, the proposal's budget ${budget.byWorkPackage.w2!.total} EUR.`,
        'The budget table has a column for WP9, which the work plan does not have.',
      ],
    );
    assert.ok(
      findings.every(
        (f) => f.severity === 'error' && f.message.da.length > 0 && f.field === 'files.budget-table',
      ),
    );
  });

  it('lists the required files that are missing, a letter of mandate per beneficiary but the coordinator', () => {
    const missing = packageFindings(doc, call, budget, []).filter((f) => f.rule === ANNEX_MISSING);
    assert.deepEqual(
      missing.map((f) => f.message.en),
      [
        'Part B (technical description) has not been uploaded.',
        'Detailed budget table has not been uploaded.',
        'Letter of mandate for Org o2 has not been uploaded.',
      ],
    );
    // A proposal without them cannot be submitted: each is an error, worded in both languages.
    assert.ok(
      missing.every((f) => f.severity === 'error' && f.messageKey === 'package.annex-missing.missing'),
    );
    assert.match(missing[2]!.message.da, /^.+ for Org o2 er ikke uploadet\.$/);
    assert.match(missing[2]!.fix!.en, /^Upload Letter of mandate for Org o2 \(PDF\) under Files\.$/);
  });
});
