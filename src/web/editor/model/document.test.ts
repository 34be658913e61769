import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrganisationRef } from '../../../engine/proposal/document.ts';
import { assembleDocument, EMPTY_PARTICIPANT } from './document.ts';

const org = (id: string): OrganisationRef => ({
  id,
  pic: null,
  legalName: `Org ${id}`,
  country: 'DK',
  type: 'hei',
  city: null,
  validation: 'declared',
});

describe('the document the engines read, put together in the browser', () => {
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
    'participant:p1': { ...EMPTY_PARTICIPANT, eche: true },
    'budget:p1': { lines: {} },
    'answers:impact': { text: 'Impact.' },
  };
  const doc = assembleDocument(
    'x',
    'demo',
    Object.keys(sections),
    (k) => sections[k],
    new Map([
      ['o1', org('o1')],
      ['o2', org('o2')],
    ]),
  );

  it('joins participants with their organisation and their own details', () => {
    assert.deepEqual(
      doc.participants.map((p) => [p.id, p.organisation.legalName, p.details.eche]),
      [
        ['p1', 'Org o1', true],
        ['p2', 'Org o2', false],
      ],
    );
  });

  it('leaves out a participant whose organisation it does not know, as the server does', () => {
    assert.equal(
      doc.participants.some((p) => p.id === 'p3'),
      false,
    );
  });

  it('collects budgets and answers by their keys', () => {
    assert.deepEqual(doc.budgets, { p1: { lines: {} } });
    assert.deepEqual(doc.answers, { impact: 'Impact.' });
    assert.deepEqual(doc.workPlan, { workPackages: [] });
  });
});
