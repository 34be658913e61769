import assert from 'node:assert/strict';
import { it } from 'node:test';
import { saveOrder } from './save-order.ts';

it('saves the consortium and the work plan before what refers to them', () => {
  assert.deepEqual(
    saveOrder([
      'answers:impact',
      'budget:p-2',
      'participant:p-2',
      'work-plan',
      'consortium',
      'general',
      'budget:p-1',
    ]),
    ['general', 'consortium', 'work-plan', 'participant:p-2', 'budget:p-1', 'budget:p-2', 'answers:impact'],
  );
});
