/**
 * A forgotten password: the request answers the same whether the address has an account; the
 * e-mailed link (in the outbox) sets a new password once, within an hour, and ends every session
 * of the account. A signed-in owner changes the password by giving the current one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock(new Date('2026-02-02T08:00:00Z'));
let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ clock, publicUrl: 'https://alliances.example.org' });
});
after(async () => {
  await platform?.close();
});

const HOUR = 3_600_000;
const NEW_PASSWORD = 'a brand new reset password';

/** The token of the newest reset link e-mailed to an address, read from the outbox as an administrator. */
async function linkFor(email: string): Promise<string> {
  const admin = await platform.as('admin');
  const outbox = await admin.get('/api/v1/admin/outbox');
  assert.equal(outbox.status, 200);
  const mail = outbox.body.find(
    (m: { to: string; toAddress?: string; subject: string }) =>
      (m.to ?? m.toAddress) === email && /Reset your Alliances password/.test(m.subject),
  );
  assert.ok(mail, `a reset e-mail to ${email} in ${JSON.stringify(outbox.body).slice(0, 500)}`);
  const m = /https:\/\/alliances\.example\.org\/#\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.body);
  assert.ok(m, mail.body);
  return m[1]!;
}

const countsWithoutThrottle = async () => {
  const { request_throttle: _, ...rest } = await tableCounts(platform.deps.db);
  return rest;
};

describe('asking for a reset link', () => {
  it('answers the same for an address with an account and one without; only the first gets an e-mail', async () => {
    const before = await countsWithoutThrottle();
    const unknown = await platform
      .client()
      .post('/api/v1/auth/password-reset/request', { email: 'nobody@example.org' });
    assert.deepEqual(await countsWithoutThrottle(), before, 'nothing is written for an unknown address');
    const known = await platform
      .client()
      .post('/api/v1/auth/password-reset/request', { email: 'Partner1@demo.alliances.example' });
    assert.equal(unknown.status, 200);
    assert.equal(known.status, 200);
    assert.deepEqual(known.body, unknown.body);
    assert.equal((await countsWithoutThrottle()).outbox, before.outbox! + 1);
    await linkFor('partner1@demo.alliances.example');
  });
});

describe('resetting', () => {
  it('the link sets a new password once, ends every session of the account, and the old password stops working', async () => {
    const signedIn = await platform.as('partner1');
    const token = await linkFor('partner1@demo.alliances.example');
    const weak = await platform.client().post('/api/v1/auth/password-reset', { token, password: 'short' });
    assert.equal(weak.status, 400);
    assert.equal(weak.body.problems[0].field, 'password');
    const res = await platform
      .client()
      .post('/api/v1/auth/password-reset', { token, password: NEW_PASSWORD });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(
      (await signedIn.get('/api/v1/auth/session')).status,
      401,
      'the session before the reset has ended',
    );
    const signIn = (password: string) =>
      platform.client().post('/api/v1/auth/sign-in', { email: 'partner1@demo.alliances.example', password });
    assert.equal((await signIn(DEMO_PASSWORD)).status, 401);
    assert.equal((await signIn(NEW_PASSWORD)).status, 200);
    const again = await platform
      .client()
      .post('/api/v1/auth/password-reset', { token, password: 'yet another new password' });
    assert.equal(again.status, 400, 'the link works once');
    assert.equal(again.body.problems[0].field, 'token');
    assert.equal((await signIn(NEW_PASSWORD)).status, 200);
  });

  it('a link older than an hour, or an unknown token, is refused and changes nothing', async () => {
    await platform
      .client()
      .post('/api/v1/auth/password-reset/request', { email: 'partner2@demo.alliances.example' });
    const token = await linkFor('partner2@demo.alliances.example');
    const t0 = clock.now().getTime();
    clock.set(new Date(t0 + HOUR));
    const before = await tableCounts(platform.deps.db);
    for (const t of [token, 'x'.repeat(43)]) {
      const res = await platform
        .client()
        .post('/api/v1/auth/password-reset', { token: t, password: NEW_PASSWORD });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.problems[0].field, 'token');
    }
    assert.deepEqual(await tableCounts(platform.deps.db), before);
    const signIn = await platform
      .client()
      .post('/api/v1/auth/sign-in', { email: 'partner2@demo.alliances.example', password: DEMO_PASSWORD });
    assert.equal(signIn.status, 200, 'the password is unchanged');
  });

  it('a newer link makes the older ones useless once used', async () => {
    const email = 'expert1@demo.alliances.example';
    await platform.client().post('/api/v1/auth/password-reset/request', { email });
    const first = await linkFor(email);
    clock.set(new Date(clock.now().getTime() + 1000));
    await platform.client().post('/api/v1/auth/password-reset/request', { email });
    const second = await linkFor(email);
    assert.notEqual(first, second);
    assert.equal(
      (await platform.client().post('/api/v1/auth/password-reset', { token: second, password: NEW_PASSWORD }))
        .status,
      200,
    );
    assert.equal(
      (
        await platform
          .client()
          .post('/api/v1/auth/password-reset', { token: first, password: `${NEW_PASSWORD}!` })
      ).status,
      400,
    );
  });
});

describe('changing the password', () => {
  it('needs the current password; ends the other sessions and keeps this one', async () => {
    const here = await platform.as('coordinator');
    const elsewhere = await platform.as('coordinator');
    const wrong = await here.post('/api/v1/auth/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.problems[0].field, 'currentPassword');
    const res = await here.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((await here.get('/api/v1/auth/session')).status, 200);
    assert.equal((await elsewhere.get('/api/v1/auth/session')).status, 401);
    const signIn = await platform
      .client()
      .post('/api/v1/auth/sign-in', { email: 'coordinator@demo.alliances.example', password: NEW_PASSWORD });
    assert.equal(signIn.status, 200);
  });
});
