import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isShared, keyOf, queryKeys } from './query-keys.ts';

describe('query keys', () => {
  it('an API path becomes its segments, decoded, so a prefix names everything under it', () => {
    assert.deepEqual(keyOf('/api/v1/evaluation/calls/demo%20closed/progress'), [
      'evaluation',
      'calls',
      'demo closed',
      'progress',
    ]);
    const progress = keyOf('/api/v1/evaluation/calls/demo-closed/progress');
    const prefix = queryKeys.callEvaluation('demo-closed');
    assert.deepEqual(progress.slice(0, prefix.length), prefix);
  });

  it('only the calls and the catalogue are shared lists', () => {
    assert.equal(isShared(keyOf('/api/v1/calls')), true);
    assert.equal(isShared(keyOf('/api/v1/catalogue')), true);
    assert.equal(isShared(keyOf('/api/v1/calls/2025')), false);
    assert.equal(isShared(keyOf('/api/v1/proposals')), false);
  });
});

describe('the keys writes invalidate', () => {
  it('name what the pages read', () => {
    assert.deepEqual(keyOf('/api/v1/admin/accounts'), queryKeys.adminAccounts());
    assert.deepEqual(keyOf('/api/v1/calls'), queryKeys.calls());
    assert.deepEqual(keyOf('/api/v1/evaluation/experts'), queryKeys.experts());
    assert.deepEqual(keyOf('/api/v1/evaluation/my-assignments'), queryKeys.myAssignments());
    assert.deepEqual(keyOf('/api/v1/proposals'), queryKeys.proposals());
    assert.deepEqual(keyOf('/api/v1/proposals/p%2F1'), queryKeys.proposal('p/1'));
  });
});
