import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProposalDocument } from '../../../engine/proposal/document.ts';
import { sectionWriteField } from '../../../engine/proposal/field-paths.ts';
import { reviewProposal } from '../../../engine/proposal/review.ts';
import { ruleBook } from '../../../node/load-rule-book.ts';
import { candidateIds, fieldId, fieldTarget, sectionOf, tabOf } from './field-target.ts';

describe('where a finding is fixed', () => {
  it('names the tab and the input for the fields the review gives', () => {
    assert.deepEqual(fieldTarget('consortium.participants[2]'), {
      tab: 'consortium',
      ids: ['f-consortium-participants-2', 'f-consortium-participants', 'f-consortium'],
    });
    assert.deepEqual(fieldTarget('participant:p3.eche'), {
      tab: 'participants',
      ids: ['f-participant-p3-eche', 'f-participant-p3'],
    });
    assert.deepEqual(fieldTarget('work-plan.workPackages[1].leadParticipantId'), {
      tab: 'work-plan',
      ids: [
        'f-work-plan-workPackages-1-leadParticipantId',
        'f-work-plan-workPackages-1',
        'f-work-plan-workPackages',
        'f-work-plan',
      ],
    });
    assert.deepEqual(fieldTarget('general.durationMonths'), {
      tab: 'general',
      ids: ['f-general-durationMonths', 'f-general'],
    });
    assert.deepEqual(fieldTarget('answers:impact'), { tab: 'answers', ids: ['f-answers-impact'] });
    assert.deepEqual(fieldTarget('budget:p2'), { tab: 'budget', ids: ['f-budget-p2'] });
  });

  it('shows the requested grant on the budget page, where its limits are', () => {
    assert.equal(tabOf('general.requestedGrant'), 'budget');
    assert.equal(tabOf('general.acronym'), 'general');
  });

  it('sends the submission deadline and unknown fields to the review page', () => {
    assert.equal(tabOf('submission'), 'review');
    assert.equal(tabOf('something-else'), 'review');
  });

  it('gives ids that are valid and distinct for distinct fields', () => {
    const fields = ['budget:p-1a.lines.wp1.travel', 'budget:p-1a.lines.wp1-2.travel', 'participant:p_3.eche'];
    const ids = fields.map(fieldId);
    for (const id of ids) assert.match(id, /^f-[A-Za-z0-9_-]+$/);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(sectionOf('budget:p-1a.lines.wp1.travel'), 'budget:p-1a');
  });

  it("maps a server problem about a section's data to the field path of the editor", () => {
    assert.equal(sectionWriteField('budget:p2', 'data.lines.wp3'), 'budget:p2.lines.wp3');
    assert.equal(
      sectionWriteField('work-plan', 'data.workPackages[1].deliverables[0].title'),
      'work-plan.workPackages[1].deliverables[0].title',
    );
    assert.deepEqual(
      candidateIds(sectionWriteField('work-plan', 'data.workPackages[1].deliverables[0].title')).slice(0, 2),
      ['f-work-plan-workPackages-1-deliverables-0-title', 'f-work-plan-workPackages-1-deliverables-0'],
    );
  });

  it('every field the engines report lands on an editing tab', () => {
    const book = ruleBook();
    const callId = Object.keys(book.calls).sort().at(-1)!;
    const org = (id: string, country: string, type: 'hei' | 'vet' | 'enterprise') => ({
      id,
      pic: null,
      legalName: id,
      country,
      type,
      city: null,
      validation: 'declared' as const,
    });
    const details = { contactName: '', contactEmail: '', expertise: '', eche: false };
    // A proposal wrong in every way the form and the rules can tell.
    const doc: ProposalDocument = {
      id: 'x',
      callId,
      general: {
        lot: 'lot1',
        durationMonths: 30,
        ecosystem: null,
        acronym: '',
        title: '',
        summary: '',
        requestedGrant: 5_000_000,
      },
      participants: [
        { id: 'a', role: 'coordinator', organisation: org('A', 'RU', 'hei'), details },
        { id: 'b', role: 'beneficiary', organisation: org('B', 'DE', 'vet'), details },
        { id: 'c', role: 'beneficiary', organisation: org('C', 'XX', 'enterprise'), details },
      ],
      workPlan: {
        workPackages: [
          {
            id: 'w2',
            number: 2,
            title: '',
            leadParticipantId: null,
            startMonth: 5,
            endMonth: 40,
            description: '',
            deliverables: [{ id: 'd1', title: ' ', month: 3, kind: 'report' }],
          },
        ],
      },
      budgets: {
        b: {
          lines: {
            w2: {
              personnel: { personMonths: 1, monthlyRate: 1000 },
              subcontracting: 0,
              travel: 0,
              equipment: 0,
              otherGoods: 0,
            },
          },
        },
      },
      answers: { impact: 'x'.repeat(30_000) },
      partA: {},
      coordinatorDeclaration: { declarations: {} },
    };
    const review = reviewProposal(book, doc);
    assert.ok(review.findings.length > 10, `many findings, got ${review.findings.length}`);
    assert.ok(review.findings.some((f) => f.field === 'work-plan.workPackages[0].deliverables[0].title'));
    const unplaced = review.findings.filter((f) => !f.field || tabOf(f.field) === 'review');
    assert.deepEqual(
      unplaced.map((f) => `${f.rule} → ${f.field}`),
      [],
    );
  });
});
