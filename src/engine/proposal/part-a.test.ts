import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DeclarationDefinition, Sourced } from '../call-definition/types.ts';
import { assembleDocument, emptySection, type OrganisationRef } from './document.ts';
import { partAFindings } from './form-rules.ts';
import type { PartASection } from './sections.ts';

const text = (en: string) => ({ en, da: `${en} (da)` });
const basis: Sourced<DeclarationDefinition[]> = {
  value: [
    { id: 'exclusion-grounds', by: 'each-participant', text: text('Not excluded.') },
    { id: 'double-funding', by: 'each-participant', text: text('No double funding.') },
    {
      id: 'ethics-self-assessment',
      by: 'each-participant',
      text: text('Ethics answered.'),
      questions: [
        { id: 'human-participants', text: text('Humans?') },
        { id: 'personal-data', text: text('Personal data?') },
      ],
    },
    { id: 'on-behalf-of-all', by: 'coordinator', text: text('On behalf of all.') },
  ],
  status: 'unconfirmed',
  sources: [],
  definedAt: 'rules/calls/2025.yaml#submissionPackage.partADeclarations',
};

const org = (id: string, legalName: string): OrganisationRef => ({
  id,
  pic: null,
  legalName,
  country: 'DK',
  type: 'hei',
  city: null,
  validation: 'declared',
});

const complete: PartASection = {
  legalRepresentative: { name: 'Ane Holm', position: 'Rector', email: 'ane@example.dk' },
  declarations: { 'exclusion-grounds': true, 'double-funding': true },
  answers: { 'human-participants': 'yes', 'personal-data': 'no' },
};

function doc(sections: Record<string, unknown>) {
  const all: Record<string, unknown> = {
    consortium: {
      participants: [
        { id: 'p1', organisationId: 'o1', role: 'coordinator' },
        { id: 'p2', organisationId: 'o2', role: 'beneficiary' },
      ],
    },
    ...sections,
  };
  return assembleDocument({
    id: 'x',
    callId: '2025',
    keys: Object.keys(all),
    sections: (k) => all[k],
    organisations: new Map([
      ['o1', org('o1', 'Aarhus Universitet')],
      ['o2', org('o2', 'Berufskolleg Berlin')],
    ]),
  });
}

describe("Part A's findings", () => {
  it('finds nothing when every participant and the coordinator have made every declaration', () => {
    const d = doc({
      'part-a:p1': complete,
      'part-a:p2': complete,
      'coordinator-declaration': { declarations: { 'on-behalf-of-all': true } },
    });
    assert.deepEqual(partAFindings(d, basis), []);
  });

  it('reports every missing part at once, each naming its participant, with facts, source and a field', () => {
    const d = doc({
      'part-a:p1': {
        ...complete,
        legalRepresentative: { name: 'Ane Holm', position: '', email: '' },
      },
      'part-a:p2': {
        ...complete,
        declarations: { 'exclusion-grounds': true, 'double-funding': false },
        answers: { 'human-participants': 'no' },
      },
    });
    const findings = partAFindings(d, basis);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.field, f.facts]),
      [
        [
          'form.part-a-representative',
          'error',
          'part-a:p1.legalRepresentative.position',
          { participant: 'p1', missing: ['position', 'email'] },
        ],
        [
          'form.part-a-declarations',
          'error',
          'part-a:p2.declarations.double-funding',
          {
            participant: 'p2',
            declarations: ['double-funding', 'ethics-self-assessment'],
            questions: ['personal-data'],
          },
        ],
        [
          'form.coordinator-declaration',
          'error',
          'coordinator-declaration.declarations.on-behalf-of-all',
          { declarations: ['on-behalf-of-all'] },
        ],
      ],
    );
    assert.equal(
      findings[0]?.message.en,
      "Part A of Aarhus Universitet: the legal representative's position and e-mail address are missing.",
    );
    assert.equal(
      findings[1]?.message.en,
      'Part A of Berufskolleg Berlin: 2 declarations are not made (double funding and ethics self-assessment).',
    );
    assert.equal(
      findings[1]?.message.da,
      'Del A for Berufskolleg Berlin: 2 erklæringer er ikke afgivet (dobbeltfinansiering og etisk selvevaluering).',
    );
    assert.equal(
      findings[2]?.message.da,
      'Koordinatoren har ikke afgivet erklæringen på alle deltageres vegne.',
    );
    for (const f of findings) {
      assert.equal(f.basis.definedAt, basis.definedAt);
      assert.ok(f.fix?.en && f.fix.da && f.fix.en !== f.fix.da);
    }
  });

  it('treats a participant whose Part A was never saved as empty: its representative and every declaration', () => {
    const d = doc({
      'part-a:p1': complete,
      'coordinator-declaration': { declarations: { 'on-behalf-of-all': true } },
    });
    assert.deepEqual(d.partA.p2, emptySection('part-a:p2'));
    const findings = partAFindings(d, basis);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.field]),
      [
        ['form.part-a-representative', 'part-a:p2.legalRepresentative.name'],
        ['form.part-a-declarations', 'part-a:p2.declarations.exclusion-grounds'],
      ],
    );
    assert.match(findings[1]!.message.en, /3 declarations are not made/);
  });

  it('takes a self-assessment as made once each question is answered, yes as well as no', () => {
    const d = doc({
      'part-a:p1': { ...complete, answers: { 'human-participants': 'yes', 'personal-data': 'yes' } },
      'part-a:p2': complete,
      'coordinator-declaration': { declarations: { 'on-behalf-of-all': true } },
    });
    assert.deepEqual(partAFindings(d, basis), []);
  });
});
