/**
 * The deadline instant is the arrival (spec/submission-deadline.md): a submission that reached
 * the server before 17:00:00.000 Brussels time is accepted even when its transaction waited in
 * the database queue until after the deadline; one that arrived at 17:00:00.000 or later is
 * refused. The queue is blocked by a transaction holding every proposal row, many submissions
 * arrive just before the deadline, the clock passes it, more arrive, then the queue is released.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient, TestResponse } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const DEADLINE = '2025-03-06T16:00:00.000Z'; // 17:00 Brussels, winter time
const ON_TIME = 6;
const LATE = 3;
const clock = new ManualClock('2025-02-01T10:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
const proposals: string[] = [];

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  for (let i = 0; i < ON_TIME + LATE; i++) proposals.push(await eligibleLot1Proposal(coordinator, '2025'));
});

after(async () => {
  await platform?.close();
});

it('submissions that arrived before 17:00:00.000 are accepted after waiting for the database; later ones are refused', async () => {
  // A minute before the deadline the coordinator signs in again (the morning's session has expired).
  clock.set(new Date(Date.parse(DEADLINE) - 60_000));
  coordinator = await platform.as('coordinator');
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked!: () => void;
  const holding = new Promise<void>((resolve) => {
    locked = resolve;
  });
  // The queue: a transaction holds every proposal row (and, on PGlite, the one connection).
  const blocker = platform.deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('proposals').select('id').where('id', 'in', proposals).forUpdate().execute();
    locked();
    await released;
  });
  await holding;

  // Each request is given time to arrive (and start waiting for the database) before the clock moves on.
  const early: Promise<TestResponse>[] = [];
  for (const [i, id] of proposals.slice(0, ON_TIME).entries()) {
    clock.set(new Date(Date.parse(DEADLINE) - 150 + i * 20)); // 16:59:59.850 … 16:59:59.950
    early.push(coordinator.post(`/api/v1/proposals/${id}/submit`));
    await sleep(50);
  }
  const late: Promise<TestResponse>[] = [];
  for (const [i, id] of proposals.slice(ON_TIME).entries()) {
    clock.set(new Date(Date.parse(DEADLINE) + i * 500)); // 17:00:00.000, 17:00:00.500, …
    late.push(coordinator.post(`/api/v1/proposals/${id}/submit`));
    await sleep(50);
  }
  clock.set(new Date(Date.parse(DEADLINE) + 5_000)); // the database work happens after 17:00
  release();
  await blocker;

  const accepted = await Promise.all(early);
  for (const [i, res] of accepted.entries()) {
    assert.equal(res.status, 201, `submission ${i}: ${JSON.stringify(res.body)}`);
    assert.ok(Date.parse(res.body.submittedAt) < Date.parse(DEADLINE), res.body.submittedAt);
    assert.equal(res.body.submittedAt, new Date(Date.parse(DEADLINE) - 150 + i * 20).toISOString());
    assert.equal(res.body.submittedAtBrussels, '2025-03-06 16:59');
  }
  for (const res of await Promise.all(late)) {
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.equal(res.body.error, 'deadline-passed');
  }
  const states = await platform.deps.db
    .selectFrom('proposals')
    .select(['id', 'state'])
    .where('id', 'in', proposals)
    .execute();
  const state = new Map(states.map((s) => [s.id, s.state]));
  assert.deepEqual(
    proposals.map((id) => state.get(id)),
    [...Array(ON_TIME).fill('submitted'), ...Array(LATE).fill('draft')],
  );
  const stored = await platform.deps.db
    .selectFrom('submissions')
    .select(['submitted_at'])
    .where('proposal_id', 'in', proposals)
    .execute();
  assert.equal(stored.length, ON_TIME);
  for (const s of stored) assert.ok(s.submitted_at.getTime() < Date.parse(DEADLINE));
});
