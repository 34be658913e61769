import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleDocument, emptySection, type OrganisationRef } from './document.ts';

const org = (id: string): OrganisationRef => ({
  id,
  pic: null,
  legalName: `Org ${id}`,
  country: 'DK',
  type: 'hei',
  city: null,
  validation: 'declared',
});

describe('the document the engines read, in the editor and on the server', () => {
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
        { id: 'p3', organisationId: 'unknown', role: 'beneficiary' },
      ],
    },
    'participant:p1': { ...(emptySection('participant:p1') as object), eche: true },
    'budget:p1': { lines: {} },
    'answers:impact': { text: 'Impact.' },
  };
  const doc = assembleDocument({
    id: 'x',
    callId: 'demo',
    keys: [...Object.keys(sections), 'budget:p2', 'answers:relevance'],
    sections: (k) => sections[k],
    organisations: new Map([
      ['o1', org('o1')],
      ['o2', org('o2')],
    ]),
  });

  it('joins participants with their organisation and their own details', () => {
    assert.deepEqual(
      doc.participants.map((p) => [p.id, p.organisation.legalName, p.details.eche]),
      [
        ['p1', 'Org o1', true],
        ['p2', 'Org o2', false],
      ],
    );
  });

  it('leaves out a participant whose organisation it does not know', () => {
    assert.equal(
      doc.participants.some((p) => p.id === 'p3'),
      false,
    );
  });

  it('collects budgets and answers by their keys; a section not saved yet holds its empty data', () => {
    assert.deepEqual(doc.budgets, { p1: { lines: {} }, p2: { lines: {} } });
    assert.deepEqual(doc.answers, { impact: 'Impact.', relevance: '' });
    assert.deepEqual(doc.participants[1]?.details, emptySection('participant:p2'));
    assert.deepEqual(doc.workPlan, { workPackages: [] });
  });
});
