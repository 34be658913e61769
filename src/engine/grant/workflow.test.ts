import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GRANT_STATES, GRANT_WORKFLOW, grantMay, grantMayFollow } from './workflow.ts';

describe('the grant workflow', () => {
  it('every state that may follow is a state, and a closed grant allows nothing', () => {
    for (const s of GRANT_STATES) for (const n of GRANT_WORKFLOW[s].next) assert.ok(GRANT_STATES.includes(n));
    assert.deepEqual(GRANT_WORKFLOW.closed.next, []);
    assert.equal(grantMay('closed', 'coordinator', 'submit-report'), false);
  });

  it('the coordinator confirms in preparation, the officer signs once confirmed; no signing straight from preparation', () => {
    assert.ok(grantMay('preparation', 'coordinator', 'confirm'));
    assert.ok(grantMay('confirmed', 'officer', 'sign'));
    assert.equal(grantMay('preparation', 'officer', 'sign'), false);
    assert.equal(grantMayFollow('preparation', 'signed'), false);
    assert.ok(grantMayFollow('confirmed', 'preparation'));
    assert.equal(grantMay('signed', 'coordinator', 'assess'), false);
  });
});
