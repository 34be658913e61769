import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonDiff } from './json-diff.ts';

describe('jsonDiff', () => {
  it('lists changed, added and removed fields by path', () => {
    assert.deepEqual(jsonDiff({ a: 1, b: { c: 'x' }, d: true }, { a: 2, b: { c: 'x', e: null } }), [
      { path: 'a', old: 1, new: 2 },
      { path: 'b.e', new: null },
      { path: 'd', old: true },
    ]);
  });

  it('matches lists of objects by id, so a move is a move', () => {
    const before = [
      { id: 'p1', role: 'coordinator' },
      { id: 'p2', role: 'beneficiary' },
    ];
    const after = [
      { id: 'p2', role: 'beneficiary' },
      { id: 'p1', role: 'coordinator' },
      { id: 'p3', role: 'associated-partner' },
    ];
    assert.deepEqual(jsonDiff({ participants: before }, { participants: after }), [
      { path: 'participants[id=p3]', new: { id: 'p3', role: 'associated-partner' } },
      { path: 'participants(order)', old: ['p1', 'p2'], new: ['p2', 'p1'] },
    ]);
  });

  it('compares other lists by position, and finds no change where there is none', () => {
    assert.deepEqual(jsonDiff([1, 2], [1, 3, 4]), [
      { path: '[1]', old: 2, new: 3 },
      { path: '[2]', new: 4 },
    ]);
    assert.deepEqual(jsonDiff({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] }), []);
    assert.deepEqual(jsonDiff(null, { a: 1 }), [{ path: '(whole)', old: null, new: { a: 1 } }]);
  });
});
