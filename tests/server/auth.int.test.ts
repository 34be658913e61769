/**
 * Accounts and sessions: registering, signing in and its rate limit, session lifetime, signing
 * out everywhere, the cookie's flags, the CSRF token on cookie-authenticated writes, and how
 * passwords are stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { buildApp } from '../../src/server/app.ts';
import { passwordChecks } from '../../src/server/auth/passwords.ts';
import { ManualClock } from '../../src/server/clock.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { trustProxyFromEnvironment } from '../../src/server/http/trust-proxy.ts';
import { createPlatform, type Platform } from '../../src/server/start.ts';
import { TestClient } from '../support/client.ts';
import { DEMO_PASSWORD, TEST_DATABASE, type TestPlatform, testPlatform } from '../support/platform.ts';
import { platformTables, tableCounts } from '../support/tables.ts';

const START = Date.parse('2026-02-02T08:00:00Z');
const clock = new ManualClock(new Date(START));
let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ clock });
});
after(async () => {
  await platform?.close();
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function setCookie(res: { headers: Record<string, unknown> }): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [String(header ?? '')];
  const cookie = all.find((c) => c.startsWith('alliances_session='));
  assert.ok(cookie, `a session cookie in ${JSON.stringify(header)}`);
  return cookie;
}

describe('registering', () => {
  it('creates an applicant account and signs it in', async () => {
    const res = await platform.client().post('/api/v1/auth/register', {
      email: 'Ada.Applicant@Example.org',
      name: 'Ada Applicant',
      password: 'correct horse battery staple',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.account.email, 'ada.applicant@example.org', 'addresses are kept in small letters');
    assert.equal(res.body.account.role, 'applicant');
    assert.ok(res.body.csrfToken.length >= 20);
    setCookie(res);
  });

  it('a second account for the same address is refused with 409 naming the field, and nothing is written', async () => {
    const before = await tableCounts(platform.deps.db);
    for (const email of ['ada.applicant@example.org', 'ADA.APPLICANT@example.org']) {
      const res = await platform.client().post('/api/v1/auth/register', {
        email,
        name: 'Ada Again',
        password: 'another long password',
      });
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.equal(res.body.error, 'email-taken');
      assert.deepEqual(
        res.body.problems.map((p: { field: string }) => p.field),
        ['email'],
      );
    }
    assert.deepEqual(await tableCounts(platform.deps.db), before);
  });
});

describe('new passwords', () => {
  it('registration refuses fewer than 12 characters and common passwords, naming the password, and writes nothing', async () => {
    const before = await tableCounts(platform.deps.db);
    for (const [password, expected, code] of [
      ['eleven char', /at least 12 characters/, 'too_small'],
      ['qwerty123456', /common passwords/, 'common_password'],
      ['Password2026', /common passwords/, 'common_password'],
    ] as const) {
      const res = await platform
        .client()
        .post('/api/v1/auth/register', { email: 'weak@example.org', name: 'Weak Password', password });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.problems[0].field, 'password');
      assert.match(res.body.problems[0].expected, expected);
      // The code lets the web app say it in the reader's language; what was typed never comes back.
      assert.equal(res.body.problems[0].code, code);
      assert.ok(
        !JSON.stringify(res.body).includes(password),
        `the password is not echoed: ${JSON.stringify(res.body)}`,
      );
    }
    assert.deepEqual(await tableCounts(platform.deps.db), before);
  });
});

describe('signing in', () => {
  it('the right password gives a session; a wrong one, or an unknown address, 401 with the same message', async () => {
    const ok = await platform.client().post('/api/v1/auth/sign-in', {
      email: 'ada.applicant@example.org',
      password: 'correct horse battery staple',
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.account.name, 'Ada Applicant');
    const wrong = await platform.client().post('/api/v1/auth/sign-in', {
      email: 'ada.applicant@example.org',
      password: 'wrong horse battery staple',
    });
    const unknown = await platform.client().post('/api/v1/auth/sign-in', {
      email: 'nobody@example.org',
      password: 'wrong horse battery staple',
    });
    for (const res of [wrong, unknown]) {
      assert.equal(res.status, 401);
      assert.equal(res.body.error, 'wrong-credentials');
      assert.equal(res.headers['set-cookie'], undefined);
    }
    assert.equal(wrong.body.message, unknown.body.message, 'no hint whether the address has an account');
  });
});

/** A sign-in as if from another client address (app.inject's remoteAddress). */
async function signInFrom(
  address: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const res = await platform.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress: address,
    headers,
    payload: { email, password },
  });
  return { status: res.statusCode, retryAfter: res.headers['retry-after'], body: res.json() };
}

describe('sign-in throttling', () => {
  it('5 wrong passwords from one address make that address wait 15 s, then twice as long each time; the owner elsewhere signs in at once', async () => {
    const email = 'coordinator@demo.alliances.example';
    const t0 = clock.now().getTime();
    for (let i = 0; i < 5; i++) {
      const res = await signInFrom('10.0.0.1', email, `wrong password ${i}`);
      assert.equal(res.status, 401, `failure ${i + 1} is an ordinary 401`);
    }
    for (const password of ['wrong password 6', DEMO_PASSWORD]) {
      const res = await signInFrom('10.0.0.1', email, password);
      assert.equal(res.status, 429, JSON.stringify(res.body));
      assert.equal(res.body.error, 'too-many-attempts');
      assert.equal(res.retryAfter, '15');
      assert.equal(res.body.retryAfterSeconds, 15);
    }
    assert.equal((await signInFrom('10.0.0.2', email, DEMO_PASSWORD)).status, 200, 'the owner, elsewhere');
    clock.set(new Date(t0 + 15_000));
    assert.equal((await signInFrom('10.0.0.1', email, 'wrong password 7')).status, 401, 'the wait is over');
    const longer = await signInFrom('10.0.0.1', email, DEMO_PASSWORD);
    assert.equal(longer.status, 429);
    assert.equal(longer.retryAfter, '30', 'the next wait is twice as long');
    let wait = 30;
    for (let i = 0; i < 8; i++) {
      clock.set(new Date(clock.now().getTime() + wait * 1000));
      assert.equal((await signInFrom('10.0.0.1', email, `wrong again ${i}`)).status, 401);
      wait = Number((await signInFrom('10.0.0.1', email, 'x')).retryAfter);
    }
    assert.equal(wait, 15 * 60, 'the wait stops growing at 15 minutes');
    clock.set(new Date(clock.now().getTime() + wait * 1000));
    assert.equal((await signInFrom('10.0.0.1', email, DEMO_PASSWORD)).status, 200);
    assert.equal(
      (await signInFrom('10.0.0.1', email, 'wrong after success')).status,
      401,
      'a success clears the count',
    );
  });

  it('50 parallel wrong passwords from one address run exactly 5 password checks', async () => {
    const email = 'partner1@demo.alliances.example';
    const checksBefore = passwordChecks.count;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signInFrom('10.0.0.3', email, `parallel wrong ${i}`)),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 401).length, 5, statuses.join(' '));
    assert.equal(statuses.filter((s) => s === 429).length, 45, statuses.join(' '));
    assert.equal(passwordChecks.count - checksBefore, 5);
  });

  it('an address without an account is answered after the same password check, and throttled alike', async () => {
    const before = passwordChecks.count;
    const res = await signInFrom('10.0.0.4', 'nobody-here@example.org', 'some password 1');
    assert.equal(res.status, 401);
    assert.equal(passwordChecks.count - before, 1, 'a dummy hash is checked');
    for (let i = 0; i < 4; i++) await signInFrom('10.0.0.4', 'nobody-here@example.org', `some password ${i}`);
    assert.equal((await signInFrom('10.0.0.4', 'nobody-here@example.org', 'x')).status, 429);
  });

  it('X-Forwarded-For is believed only from a proxy named in TRUST_PROXY', async () => {
    const email = 'partner2@demo.alliances.example';
    // Not trusted: a new forwarded address on each attempt does not escape the throttle.
    for (let i = 0; i < 5; i++)
      await signInFrom('10.0.0.5', email, `wrong ${i}`, { 'x-forwarded-for': `192.0.2.${i}` });
    assert.equal((await signInFrom('10.0.0.5', email, 'x', { 'x-forwarded-for': '192.0.2.99' })).status, 429);
    const behindProxy = await buildApp(platform.deps, {
      trustProxy: trustProxyFromEnvironment('10.0.0.6'),
      webRoot: '/nonexistent',
    });
    try {
      const from = (client: string, password: string) =>
        behindProxy.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          remoteAddress: '10.0.0.6',
          headers: { 'x-forwarded-for': client },
          payload: { email, password },
        });
      for (let i = 0; i < 5; i++) assert.equal((await from('198.51.100.1', `wrong ${i}`)).statusCode, 401);
      assert.equal((await from('198.51.100.1', 'x')).statusCode, 429, 'the client behind the proxy waits');
      assert.equal(
        (await from('198.51.100.2', DEMO_PASSWORD)).statusCode,
        200,
        'another client behind it does not',
      );
    } finally {
      await behindProxy.close();
    }
    assert.equal(typeof trustProxyFromEnvironment('2'), 'function');
    assert.equal(trustProxyFromEnvironment(undefined), false);
  });
});

describe('registration throttling', () => {
  it('10 registrations an hour from one address; the 11th waits for the hour, another address does not', async () => {
    const register = (address: string, i: number) =>
      platform.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        remoteAddress: address,
        payload: {
          email: `many-${address}-${i}@example.org`,
          name: `Many ${i}`,
          password: 'a long enough pass 42',
        },
      });
    const t0 = clock.now().getTime();
    for (let i = 0; i < 10; i++)
      assert.equal((await register('10.0.1.1', i)).statusCode, 200, `registration ${i + 1}`);
    clock.set(new Date(t0 + 10 * MINUTE));
    const refused = await register('10.0.1.1', 10);
    assert.equal(refused.statusCode, 429, refused.body);
    assert.equal(refused.headers['retry-after'], String(50 * 60));
    assert.equal((await register('10.0.1.2', 0)).statusCode, 200);
    clock.set(new Date(t0 + HOUR));
    assert.equal((await register('10.0.1.1', 11)).statusCode, 200, 'a new hour');
  });

  it('REGISTRATIONS_PER_HOUR sets the limit', async () => {
    const strict = await buildApp({ ...platform.deps, registrationsPerHour: 1 }, { webRoot: '/nonexistent' });
    try {
      const register = (i: number) =>
        strict.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          remoteAddress: '10.0.1.3',
          payload: {
            email: `strict-${i}@example.org`,
            name: `Strict ${i}`,
            password: 'a long enough pass 42',
          },
        });
      assert.equal((await register(0)).statusCode, 200);
      assert.equal((await register(1)).statusCode, 429);
    } finally {
      await strict.close();
    }
  });
});

describe('sessions', () => {
  it('last 12 hours', async () => {
    const signedInAt = clock.now().getTime();
    const client = await platform.as('partner2');
    clock.set(new Date(signedInAt + 12 * HOUR - 1));
    assert.equal((await client.get('/api/v1/auth/session')).status, 200);
    clock.set(new Date(signedInAt + 12 * HOUR));
    const expired = await client.get('/api/v1/auth/session');
    assert.equal(expired.status, 401);
    assert.equal(expired.body.error, 'unauthenticated');
  });

  it('the cookie is HttpOnly, SameSite=Lax, for the whole site, for 12 hours; Secure when served over https', async () => {
    const res = await platform.client().post('/api/v1/auth/sign-in', {
      email: 'partner2@demo.alliances.example',
      password: DEMO_PASSWORD,
    });
    const attributes = setCookie(res)
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    assert.ok(attributes.includes('httponly'), attributes.join('; '));
    assert.ok(attributes.includes('samesite=lax'), attributes.join('; '));
    assert.ok(attributes.includes('path=/'), attributes.join('; '));
    assert.ok(attributes.includes(`max-age=${12 * 3600}`), attributes.join('; '));
    assert.ok(!attributes.includes('secure'), 'not Secure on http');
    const https = await buildApp({ ...platform.deps, secureCookies: true });
    try {
      const secure = await https.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'partner2@demo.alliances.example', password: DEMO_PASSWORD },
      });
      assert.ok(
        setCookie(secure)
          .split(';')
          .map((a) => a.trim().toLowerCase())
          .includes('secure'),
      );
    } finally {
      await https.close();
    }
  });

  it('signing out ends the session on every server process, and clears the cookie', async () => {
    // Another process on the same database: on PostgreSQL a second platform with its own
    // connections; PGlite serves one process, so there a second app instance on its database.
    let other: Platform | undefined;
    let otherApp: FastifyInstance;
    if (TEST_DATABASE === 'postgres') {
      other = await createPlatform({ databaseUrl: platform.databaseUrl!, clock, seed: false });
      otherApp = other.app;
    } else {
      otherApp = await buildApp(platform.deps);
    }
    try {
      const here = await platform.as('partner1');
      const there = new TestClient(otherApp);
      there.cookie = here.cookie;
      there.csrfToken = here.csrfToken;
      assert.equal(
        (await there.get('/api/v1/auth/session')).body.account.email,
        'partner1@demo.alliances.example',
      );
      const out = await here.post('/api/v1/auth/sign-out');
      assert.equal(out.status, 200);
      assert.match(setCookie(out), /^alliances_session=;/, 'the cookie is emptied');
      assert.match(setCookie(out), /Expires=Thu, 01 Jan 1970|Max-Age=0/i);
      const stale = new TestClient(platform.app);
      stale.cookie = there.cookie;
      for (const client of [stale, there]) {
        const res = await client.get('/api/v1/auth/session');
        assert.equal(res.status, 401);
      }
      assert.equal(
        (
          await there.post('/api/v1/organisations', {
            legalName: 'After sign-out',
            country: 'SE',
            type: 'enterprise',
          })
        ).status,
        401,
      );
    } finally {
      if (other) await other.close();
      else await otherApp.close();
    }
  });
});

describe('CSRF', () => {
  it('a cookie-authenticated write without the x-csrf-token header, or with another session’s, is refused (403 csrf) and writes nothing', async () => {
    const client = await platform.as('coordinator');
    const otherSession = await platform.as('coordinator');
    const body = JSON.stringify({ legalName: 'Forged Organisation', country: 'SE', type: 'enterprise' });
    const before = await tableCounts(platform.deps.db);
    for (const token of ['', 'not-the-token', otherSession.csrfToken!]) {
      const res = await client.request('POST', '/api/v1/organisations', body, {
        'content-type': 'application/json',
        'x-csrf-token': token,
      });
      assert.equal(res.status, 403, JSON.stringify(res.body));
      assert.equal(res.body.error, 'csrf');
    }
    assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing was written');
    const withToken = await client.post('/api/v1/organisations', JSON.parse(body));
    assert.equal(withToken.status, 201, 'the same request with the token goes through');
    assert.equal(
      (await client.request('GET', '/api/v1/auth/session', undefined, { 'x-csrf-token': '' })).status,
      200,
      'reads need no token',
    );
  });
});

describe('passwords', () => {
  it('are stored as argon2id hashes, never in clear anywhere in the database', async () => {
    const password = 'a password nobody should ever see 4711';
    const res = await platform.client().post('/api/v1/auth/register', {
      email: 'hash.check@example.org',
      name: 'Hash Check',
      password,
    });
    assert.equal(res.status, 200);
    const db = platform.deps.db as Kysely<Database>;
    const hashes = await db.selectFrom('accounts').select(['email', 'password_hash']).execute();
    assert.ok(hashes.length >= 10);
    for (const a of hashes) assert.match(a.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/, a.email);
    for (const table of await platformTables(db)) {
      const rows = await sql`select * from ${sql.table(table)}`.execute(db);
      const text = JSON.stringify(rows.rows);
      assert.ok(!text.includes(password), `the password in clear in ${table}`);
      assert.ok(!text.includes(DEMO_PASSWORD), `a demo password in clear in ${table}`);
    }
  });
});
