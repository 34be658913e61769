import assert from 'node:assert/strict';
import { it } from 'node:test';
import { inProcessHub, type ProposalEvent } from './hub.ts';

const saved = (proposalId: string, version: number): ProposalEvent => ({
  type: 'section-saved',
  proposalId,
  section: 'general',
  version,
  by: { accountId: 'a1', name: 'Mette Lund' },
});

it("a listener hears its proposal's events only, until it stops listening", async () => {
  const hub = inProcessHub();
  const heard: ProposalEvent[] = [];
  const stop = hub.subscribe('P1', (e) => heard.push(e));
  await hub.publish(saved('P1', 2));
  await hub.publish(saved('P2', 7));
  await hub.publish({ type: 'presence-changed', proposalId: 'P1' });
  stop();
  await hub.publish(saved('P1', 3));
  assert.deepEqual(
    heard.map((e) => (e.type === 'section-saved' ? e.version : e.type)),
    [2, 'presence-changed'],
  );
  await hub.close();
});
