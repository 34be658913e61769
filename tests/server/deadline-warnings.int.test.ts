/**
 * Deadline warnings: 48 and 24 hours before the deadline, each contact of a proposal that is not
 * submitted gets one e-mail per warning, in their language, however many rounds (or processes)
 * look for them; submitted proposals get none.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import { sendDeadlineWarnings, warningDue } from '../../src/server/mail/deadline-warnings.ts';
import { createPlatform } from '../../src/server/start.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const HOUR = 3_600_000;
const clock = new ManualClock('2026-01-05T10:00:00Z');
let platform: TestPlatform;
let deadline: Date;
let draft: string;
let submitted: string;

// Signed in afresh each time: the clock moves by days, and sessions last 12 hours.
const outbox = async () => (await (await platform.as('admin')).get('/api/v1/admin/outbox')).body as any[];
const warnings = async (id: string) =>
  (await outbox()).filter((m: any) => m.body.includes(`/proposals/${id}/review`));

before(async () => {
  platform = await testPlatform({ clock, deadlineWarningIntervalMs: 0 });
  const coordinator = await platform.as('coordinator');
  draft = await eligibleLot1Proposal(coordinator);
  submitted = await eligibleLot1Proposal(coordinator);
  assert.equal((await coordinator.post(`/api/v1/proposals/${submitted}/submit`)).status, 201);
  const call = (await coordinator.get(`/api/v1/proposals/${draft}`)).body.deadline;
  deadline = new Date(call.utc);
});
after(async () => {
  await platform.close();
});

it('the warning due: none before 48 h, the 48-hour one, the 24-hour one, none after', () => {
  const at = (hours: number) => new Date(deadline.getTime() - hours * HOUR);
  assert.equal(warningDue(deadline, at(48.01)), undefined);
  assert.equal(warningDue(deadline, at(48)), '48h');
  assert.equal(warningDue(deadline, at(24.01)), '48h');
  assert.equal(warningDue(deadline, at(24)), '24h');
  assert.equal(warningDue(deadline, at(0)), undefined);
});

it('nothing is sent more than 48 hours before the deadline', async () => {
  clock.set(new Date(deadline.getTime() - 49 * HOUR));
  assert.equal(await sendDeadlineWarnings(platform.deps), 0);
  assert.deepEqual(await warnings(draft), []);
});

it('47 hours before: each contact of the draft is warned once, in their language; the submitted one is not', async () => {
  const coordinator = await platform.as('coordinator');
  assert.equal((await coordinator.put('/api/v1/auth/language', { language: 'da' })).status, 200);
  clock.set(new Date(deadline.getTime() - 47 * HOUR));
  assert.ok((await sendDeadlineWarnings(platform.deps)) >= 1);
  assert.equal(await sendDeadlineWarnings(platform.deps), 0, 'a second round sends nothing');
  const sent = await warnings(draft);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].subject, 'Under 48 timer til fristen: TESTALLY er ikke indsendt');
  assert.deepEqual(await warnings(submitted), []);
  await coordinator.put('/api/v1/auth/language', { language: 'en' });
});

it('23 hours before: the 24-hour warning, once, even from two processes at the same moment', async () => {
  clock.set(new Date(deadline.getTime() - 23 * HOUR));
  const before = (await outbox()).length;
  const counts = await Promise.all([
    sendDeadlineWarnings(platform.deps),
    sendDeadlineWarnings(platform.deps),
  ]);
  const written = (await outbox()).length - before;
  assert.ok(written >= 1);
  assert.equal(counts[0]! + counts[1]!, written, `each e-mail counted once: ${counts}`);
  const sent = await warnings(draft);
  assert.equal(sent.length, 2);
  assert.equal(sent.filter((m: any) => m.subject.startsWith('Less than 24 hours')).length, 1);
  const demo = (await outbox()).filter((m: any) => m.subject.includes('GREENSKILLS'));
  const keys = demo.map((m: any) => `${m.to} ${m.subject}`);
  assert.equal(new Set(keys).size, keys.length, 'no contact got one warning twice');
});

it('a second server process on the same PostgreSQL sends nothing already sent', async (t) => {
  if (!platform.databaseUrl) return t.skip('PGlite has one process');
  const second = await createPlatform({
    databaseUrl: platform.databaseUrl,
    clock,
    demoPassword: DEMO_PASSWORD,
    deadlineWarningIntervalMs: 0,
  });
  try {
    assert.equal(await sendDeadlineWarnings(second.deps), 0);
  } finally {
    await second.close();
  }
  assert.equal((await warnings(draft)).length, 2);
});
