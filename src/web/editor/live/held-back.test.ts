import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fieldId } from '../model/field-target.ts';
import { heldBackSections, sectionOfFieldId } from './held-back.ts';

const KEYS = ['general', 'consortium', 'budget:p2', 'budget:p21', 'participant:p2', 'answers:relevance'];

it('finds the section of a field by its id, the longest key first', () => {
  assert.equal(sectionOfFieldId(fieldId('budget:p2.lines.wp1.travel'), KEYS), 'budget:p2');
  assert.equal(sectionOfFieldId(fieldId('budget:p21.lines.wp1.travel'), KEYS), 'budget:p21');
  // The requested grant is shown on the budget page but belongs to the general section.
  assert.equal(sectionOfFieldId(fieldId('general.requestedGrant'), KEYS), 'general');
  assert.equal(sectionOfFieldId('f-somewhere-else', KEYS), undefined);
});

it('groups the invalid fields by the section they hold back', () => {
  const held = heldBackSections(
    {
      [fieldId('budget:p2.lines.wp1.travel')]: 'Enter whole euros',
      [fieldId('budget:p2.lines.wp2.equipment')]: 'Enter whole euros',
      [fieldId('general.durationMonths')]: 'Enter months',
      'f-unknown': 'x',
    },
    KEYS,
  );
  assert.deepEqual(Object.keys(held).sort(), ['budget:p2', 'general']);
  assert.equal(held['budget:p2']!.length, 2);
  assert.equal(held.general![0]!.problem, 'Enter months');
});
