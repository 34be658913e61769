import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshnessOf, keyOf, queryKeys } from './query-keys.ts';

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

  it('the catalogue and call definitions last the session, the list of calls is shared, the rest is per page', () => {
    assert.equal(freshnessOf(keyOf('/api/v1/catalogue')), 'release');
    assert.equal(freshnessOf(keyOf('/api/v1/calls/2025')), 'release');
    assert.equal(freshnessOf(keyOf('/api/v1/calls')), 'shared');
    assert.equal(freshnessOf(keyOf('/api/v1/proposals')), 'page');
    assert.equal(freshnessOf(keyOf('/api/v1/evaluation/calls/2025/progress')), 'page');
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
    assert.deepEqual(keyOf('/api/v1/proposals/p1/invitations'), queryKeys.invitations('p1'));
    const evaluation = keyOf('/api/v1/evaluation/proposals/p1/my-evaluation');
    assert.deepEqual(evaluation.slice(0, 3), queryKeys.expertProposal('p1'));
  });
});
