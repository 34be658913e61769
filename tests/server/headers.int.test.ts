/**
 * Every response carries the security headers (a Content-Security-Policy that forbids framing,
 * nosniff, a referrer policy), and the session cookie is Secure by default when the platform's
 * public address is https.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { secureCookiesFromEnvironment } from '../../src/server/auth/cookie-settings.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';

let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ publicUrl: 'https://alliances.example.org' });
});
after(async () => {
  await platform?.close();
});

describe('security headers', () => {
  it('on pages, API answers, errors and the API documentation', async () => {
    const client = platform.client();
    for (const [method, url, body] of [
      ['GET', '/'],
      ['GET', '/api/v1/calls'],
      ['GET', '/api/v1/no-such-thing'],
      ['POST', '/api/v1/auth/sign-in', '{"broken": '],
      ['GET', '/api/docs/'],
      ['GET', '/api/openapi.json'],
    ] as const) {
      const res = await client.request(method, url, body, body ? { 'content-type': 'application/json' } : {});
      const csp = String(res.headers['content-security-policy'] ?? '');
      assert.match(csp, /default-src 'self'/, `${method} ${url}: ${csp}`);
      assert.match(csp, /frame-ancestors 'none'/, `${method} ${url}: ${csp}`);
      assert.match(csp, /script-src 'self'(;|$)/, `${method} ${url}: no inline scripts: ${csp}`);
      assert.match(csp, /object-src 'none'/, `${method} ${url}`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', `${method} ${url}`);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', `${method} ${url}`);
      assert.equal(res.headers['x-frame-options'], 'DENY', `${method} ${url}`);
    }
  });
});

describe('secure cookies', () => {
  it('are the default when the public address is https', async () => {
    const res = await platform.client().post('/api/v1/auth/sign-in', {
      email: 'partner2@demo.alliances.example',
      password: DEMO_PASSWORD,
    });
    assert.equal(res.status, 200);
    const cookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('alliances_session='));
    assert.ok(
      String(cookie)
        .split(';')
        .map((a) => a.trim().toLowerCase())
        .includes('secure'),
      String(cookie),
    );
  });

  it('SECURE_COOKIES overrides the default either way', () => {
    assert.equal(secureCookiesFromEnvironment({}, 'https://a.example'), true);
    assert.equal(secureCookiesFromEnvironment({}, 'http://localhost:3000'), false);
    assert.equal(secureCookiesFromEnvironment({ SECURE_COOKIES: '0' }, 'https://a.example'), false);
    assert.equal(secureCookiesFromEnvironment({ SECURE_COOKIES: '1' }, 'http://localhost:3000'), true);
  });
});
