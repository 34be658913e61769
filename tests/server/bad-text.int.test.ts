/**
 * Text the database cannot store (a NUL character, half of a surrogate pair) and JSON nested
 * too deep are refused with 400 naming the field, never 500, and nothing is written. A typed
 * password is never sent back, not even in the `got` of a problem.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock(new Date('2026-02-02T08:00:00Z'));
let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ clock });
});
after(async () => {
  await platform?.close();
});

const organisation = { legalName: 'Textile Robotics AB', country: 'SE', type: 'enterprise', city: 'Lund' };

describe('text the database cannot store', () => {
  const cases: [string, string][] = [
    ['a NUL character', 'Textile\u0000Robotics'],
    ['a lone high surrogate', 'Textile \ud800 Robotics'],
    ['a lone low surrogate', 'Textile \udc00 Robotics'],
  ];
  for (const [what, text] of cases) {
    it(`${what} in a field gives 400 naming the field, and writes nothing`, async () => {
      const client = await platform.as('coordinator');
      const before = await tableCounts(platform.deps.db);
      for (const [body, field] of [
        [{ ...organisation, legalName: text }, 'legalName'],
        [{ ...organisation, city: text }, 'city'],
        [{ ...organisation, [text]: 1 }, text],
      ] as const) {
        const res = await client.post('/api/v1/organisations', body);
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.equal(res.body.error, 'bad-request');
        assert.equal(res.body.problems[0].field, field);
      }
      const registered = await platform.client().post('/api/v1/auth/register', {
        email: 'text@example.org',
        name: text,
        password: 'a long enough pass 42',
      });
      assert.equal(registered.status, 400, JSON.stringify(registered.body));
      assert.equal(registered.body.problems[0].field, 'name');
      const search = await client.get(`/api/v1/organisations?q=${encodeURIComponent('a\u0000b')}`);
      assert.equal(search.status, 400, JSON.stringify(search.body));
      assert.equal(search.body.problems[0].field, 'query.q');
      assert.deepEqual(await tableCounts(platform.deps.db), before);
    });
  }
});

describe('deeply nested JSON', () => {
  for (const depth of [10_000, 200_000]) {
    it(`${depth} levels give 400 naming the body, and write nothing`, async () => {
      const client = await platform.as('coordinator');
      const before = await tableCounts(platform.deps.db);
      const nested = `{"legalName":${'['.repeat(depth)}${']'.repeat(depth)},"country":"SE","type":"enterprise"}`;
      const res = await client.request('POST', '/api/v1/organisations', nested, {
        'content-type': 'application/json',
      });
      assert.equal(res.status, 400, JSON.stringify(res.body).slice(0, 300));
      assert.equal(res.body.problems[0].field, '(body)');
      assert.match(res.body.problems[0].expected, /nested/);
      assert.deepEqual(await tableCounts(platform.deps.db), before);
    });
  }

  it('ordinary nesting still passes', async () => {
    const client = await platform.as('coordinator');
    const res = await client.post('/api/v1/organisations', organisation);
    assert.equal(res.status, 201, JSON.stringify(res.body));
  });
});

describe('a typed password is never sent back', () => {
  const secret = 'my-secret\u0000typed-pass';
  const secrets = [secret, 'short', 'password123456'];
  const requests: [string, string, Record<string, unknown>][] = [
    ['sign-in', '/api/v1/auth/sign-in', { email: 'coordinator@demo.alliances.example' }],
    ['registration', '/api/v1/auth/register', { email: 'echo@example.org', name: 'Echo' }],
    ['password reset', '/api/v1/auth/password-reset', { token: 'x'.repeat(43) }],
  ];
  for (const [what, url, rest] of requests) {
    it(`${what}: no answer carries the typed password`, async () => {
      for (const password of [...secrets, 12345, ['array-pass-word']]) {
        const res = await platform.client().post(url, { ...rest, password, unknownField: 1 });
        assert.ok(res.status >= 400 && res.status < 500, `${res.status} ${JSON.stringify(res.body)}`);
        const text = res.raw.toString('utf8');
        const shown = typeof password === 'string' ? password : JSON.stringify(password);
        assert.ok(!text.includes(shown), `${what} echoes ${JSON.stringify(shown)}: ${text}`);
        assert.ok(!text.includes(JSON.stringify(shown).slice(1, -1)), text);
      }
    });
  }

  it('password change: no answer carries the typed passwords', async () => {
    const client = await platform.as('partner2');
    for (const newPassword of [...secrets, 99]) {
      const res = await client.post('/api/v1/auth/password', {
        currentPassword: `${DEMO_PASSWORD}-wrong`,
        newPassword,
      });
      assert.ok(res.status >= 400 && res.status < 500, `${res.status} ${JSON.stringify(res.body)}`);
      const text = res.raw.toString('utf8');
      assert.ok(!text.includes(`${DEMO_PASSWORD}-wrong`), text);
      if (typeof newPassword === 'string')
        assert.ok(!text.includes(JSON.stringify(newPassword).slice(1, -1)), text);
    }
  });
});

describe('a typed password is never logged', () => {
  it('sign-in, registration, reset and change, right or wrong, leave no password in the log', async () => {
    const lines: string[] = [];
    const logged = await buildApp(platform.deps, {
      logStream: { write: (l) => lines.push(l) },
      webRoot: '/nonexistent',
    });
    try {
      const typed = ['typed-secret-password-1', 'typed\u0000secret-2', 'tiny'];
      const send = (url: string, payload: unknown, cookie?: string, csrf?: string) =>
        logged.inject({
          method: 'POST',
          url,
          payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
          headers: {
            'content-type': 'application/json',
            ...(cookie && { cookie }),
            ...(csrf && { 'x-csrf-token': csrf }),
          },
        });
      for (const password of typed) {
        await send('/api/v1/auth/sign-in', { email: 'officer@demo.alliances.example', password });
        await send('/api/v1/auth/register', { email: 'logged@example.org', name: 'Logged', password });
        await send('/api/v1/auth/password-reset', { token: 'y'.repeat(43), password });
        await send(
          '/api/v1/auth/sign-in',
          `{"email":"officer@demo.alliances.example","password":"${password}"`,
        );
      }
      const officer = await send('/api/v1/auth/sign-in', {
        email: 'officer@demo.alliances.example',
        password: DEMO_PASSWORD,
      });
      const cookie = String([officer.headers['set-cookie']].flat()[0]).split(';')[0];
      await send(
        '/api/v1/auth/password',
        { currentPassword: typed[0], newPassword: typed[1] },
        cookie,
        officer.json().csrfToken,
      );
      assert.ok(lines.length > 10, `the log was written: ${lines.length} lines`);
      const log = lines.join('\n');
      for (const password of [...typed, DEMO_PASSWORD]) {
        assert.ok(
          !log.includes(JSON.stringify(password).slice(1, -1)),
          `the log holds ${JSON.stringify(password)}`,
        );
      }
    } finally {
      await logged.close();
    }
  });
});
