import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffFlat, flatten } from './flatten.ts';

describe('comparing two submitted versions', () => {
  it('flattens a document to its leaves', () => {
    assert.deepEqual(
      [...flatten({ title: 'T', participants: [{ organisation: { pic: '1' } }], answers: {}, list: [] })],
      [
        ['title', 'T'],
        ['participants[0].organisation.pic', '1'],
        ['answers', '{}'],
        ['list', '[]'],
      ],
    );
  });

  it('lists only the leaves that differ, with both values', () => {
    const a = { title: 'Old', requestedGrant: 100, participants: [{ id: 'p1' }] };
    const b = { title: 'New', requestedGrant: 100, participants: [{ id: 'p1' }, { id: 'p2' }] };
    // The engine's diff: records matched by id, an added one spelled out leaf by leaf.
    assert.deepEqual(diffFlat(a, b), [
      { path: 'participants[id=p2].id', before: undefined, after: 'p2' },
      { path: 'title', before: 'Old', after: 'New' },
    ]);
    assert.deepEqual(diffFlat(a, structuredClone(a)), []);
  });

  it('a participant moved in the list reads as a move, not as every later row changing', () => {
    const a = {
      participants: [
        { id: 'p1', name: 'A' },
        { id: 'p2', name: 'B' },
      ],
    };
    const b = {
      participants: [
        { id: 'p2', name: 'B' },
        { id: 'p1', name: 'A' },
      ],
    };
    assert.deepEqual(diffFlat(a, b), [{ path: 'participants(order)', before: 'p1, p2', after: 'p2, p1' }]);
  });
});
