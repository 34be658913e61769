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
    assert.deepEqual(diffFlat(a, b), [
      { path: 'title', before: 'Old', after: 'New' },
      { path: 'participants[1].id', before: undefined, after: 'p2' },
    ]);
    assert.deepEqual(diffFlat(a, structuredClone(a)), []);
  });
});
