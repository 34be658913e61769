/**
 * The public contract of the API: POST /api/v1/check answers as `alliances check` does, the
 * OpenAPI document lists every route and the documentation UI is served, /healthz, and the calls
 * with the demo call open for 60 days, its deadline at 17:00 Brussels time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.ts';
import { describeProblem } from '../../src/engine/eligibility/proposal-input.ts';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { TEST_DATABASE, type TestPlatform, testPlatform } from '../support/platform.ts';
import { listRoutes, openApiRoutes } from '../support/routes.ts';

const EXAMPLES = fileURLToPath(new URL('../../spec/examples/', import.meta.url));
// Winter time now; the demo deadline 60 days later falls in summer time (UTC+2).
const START = '2026-02-20T10:30:00Z';
const clock = new ManualClock(START);
let platform: TestPlatform;
let anonymous: TestClient;

before(async () => {
  platform = await testPlatform({ clock, webRoot: '/nonexistent' });
  anonymous = platform.client();
});
after(async () => {
  await platform?.close();
});

/** The inputs spec/examples/README.md says are checked with `alliances check`. */
function checkExamples(): string[] {
  const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
  const files: string[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[2]!.includes('alliances check')) continue;
    for (const m of cells[1]!.matchAll(/`([^`]+\.json)`/g)) files.push(m[1]!);
  }
  return files;
}

describe('POST /api/v1/check agrees with `alliances check`', () => {
  it('spec/examples/README.md names every input file of the folder, and some are checks', () => {
    const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    for (const f of inputs) assert.ok(readme.includes(`\`${f}\``), `${f} is in the README's table`);
    assert.ok(checkExamples().length >= 4, checkExamples().join(', '));
  });

  for (const file of checkExamples()) {
    for (const lang of ['en', 'da'] as const) {
      it(`${file} (${lang})`, async () => {
        const path = join(EXAMPLES, file);
        const cli = runCli(['check', '--format', 'json', '--lang', lang, path]);
        const expected = JSON.parse(readFileSync(path.replace(/\.json$/, '.expected.json'), 'utf8'));
        assert.equal(cli.exitCode, expected.exit, 'the command line gives the exit code of the example');
        const res = await anonymous.request(
          'POST',
          `/api/v1/check?lang=${lang}`,
          readFileSync(path, 'utf8'),
          {
            'content-type': 'application/json',
          },
        );
        if (cli.exitCode === 2) {
          assert.equal(res.status, 400);
          assert.equal(res.body.error, 'bad-request');
          const lines = cli.stderr.trim().split('\n');
          assert.deepEqual(
            res.body.problems.map((p: { field: string }) => p.field),
            lines.map((l) => l.slice(0, l.indexOf(':'))),
            'the same fields',
          );
          assert.deepEqual(res.body.problems.map(describeProblem), lines, 'the same words');
        } else {
          assert.equal(res.status, 200);
          assert.deepEqual(res.body, JSON.parse(cli.stdout), 'the same JSON');
          assert.equal(res.body.eligible, cli.exitCode === 0);
        }
      });
    }
  }

  it('a body that is not JSON: 400, as the command line refuses it with exit 2', async () => {
    const res = await anonymous.request('POST', '/api/v1/check', '{"call": "2025",', {
      'content-type': 'application/json',
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.problems[0].field, '(body)');
    assert.equal(runCli(['check', '-'], () => '{"call": "2025",').exitCode, 2);
  });
});

describe('the API documents itself', () => {
  it('GET /api/openapi.json lists every route of the API, each with a summary and a tag', async () => {
    const res = await anonymous.get('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.match(res.body.openapi, /^3\./);
    const documented = openApiRoutes(res.body);
    const served = listRoutes(platform.app).filter(
      (r) => !/^GET \/(api\/docs.*|api\/openapi\.json)?$/.test(r),
    );
    assert.deepEqual(documented, served);
    assert.ok(served.length > 60, `${served.length} routes`);
    for (const [path, item] of Object.entries<any>(res.body.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        assert.ok(op.summary?.length > 10, `${method} ${path} has a summary`);
        assert.ok(op.tags?.length >= 1, `${method} ${path} has a tag`);
      }
    }
    assert.deepEqual(res.body.paths['/api/v1/proposals/{id}'].get.security, [{ session: [] }]);
    assert.equal(res.body.paths['/api/v1/calls'].get.security, undefined);
  });

  it('every route documents its success response: JSON routes their schema (src/contracts), files their type', async () => {
    const res = await anonymous.get('/api/openapi.json');
    const undocumented: string[] = [];
    for (const [path, item] of Object.entries<any>(res.body.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const success = Object.entries<any>(op.responses ?? {}).filter(([status]) => /^2/.test(status));
        const documented = success.some(([, response]) =>
          Object.values<any>(response.content ?? {}).some((media) => media.schema !== undefined),
        );
        if (!documented) undocumented.push(`${method.toUpperCase()} ${path}`);
      }
    }
    assert.deepEqual(undocumented, [], 'routes without a 2xx response schema');
    const session = res.body.paths['/api/v1/auth/session'].get.responses['2XX'];
    assert.deepEqual(Object.keys(session.content['application/json'].schema.properties).sort(), [
      'account',
      'csrfToken',
      'expiresAt',
    ]);
  });

  it('/api/docs serves the documentation UI on the same document', async () => {
    const page = await anonymous.get('/api/docs');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /swagger/i);
    const initializer = await anonymous.get('/api/docs/static/swagger-initializer.js');
    assert.equal(initializer.status, 200);
    const json = await anonymous.get('/api/docs/json');
    assert.deepEqual(
      Object.keys(json.body.paths).sort(),
      Object.keys((await anonymous.get('/api/openapi.json')).body.paths).sort(),
    );
  });
});

describe('GET /healthz', () => {
  it('answers ok with the database and the server time', async () => {
    const res = await anonymous.get('/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ok', database: TEST_DATABASE, time: START.replace('Z', '.000Z') });
  });
});

describe('the calls', () => {
  const brussels = (iso: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Brussels',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(iso))
        .map((p) => [p.type, p.value]),
    );
    return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  };

  it('the demo call is open and marked demo; its deadline is 17:00 Brussels time, 60 days ahead', async () => {
    const res = await anonymous.get('/api/v1/calls');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.map((c: any) => c.id).sort(), [
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      'demo',
    ]);
    const demo = res.body.find((c: any) => c.id === 'demo');
    assert.equal(demo.demo, true);
    assert.equal(demo.open, true);
    assert.equal(demo.opensAt, new Date(START).toISOString());
    assert.equal(demo.deadline.timeZone, 'Europe/Brussels');
    const sixtyDaysOn = new Date(Date.parse(START) + 60 * 86_400_000).toISOString();
    assert.deepEqual(brussels(demo.deadline.utc), { date: brussels(sixtyDaysOn).date, time: '17:00' });
    assert.equal(demo.deadline.utc, '2026-04-21T15:00:00.000Z', '17:00 in summer time is 15:00 UTC');
    assert.ok(demo.lots.some((l: any) => l.id === 'lot1'));
    for (const c of res.body.filter((x: any) => x.id !== 'demo')) {
      assert.equal(c.demo, false, c.id);
      assert.equal(brussels(c.deadline.utc).time, '17:00', `${c.id} closes at 17:00 Brussels time`);
      const started = c.opensAt === null || Date.parse(c.opensAt) <= Date.parse(START);
      assert.equal(c.open, Date.parse(c.deadline.utc) > Date.parse(START) && started, c.id);
    }
  });

  it('one call: every value with its status and sources; the demo deadline marked as the demo’s own', async () => {
    const res = await anonymous.get('/api/v1/calls/demo');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.call.deadline.value, {
      date: '2026-04-21',
      time: '17:00',
      timeZone: 'Europe/Brussels',
    });
    assert.equal(res.body.call.deadline.status, 'unconfirmed');
    assert.equal(res.body.call.deadline.sources[0].id, 'demo-call');
    const real = await anonymous.get('/api/v1/calls/2025');
    assert.equal(real.body.call.deadline.value.time, '17:00');
    assert.ok(real.body.call.deadline.sources.length >= 1);
    assert.equal((await anonymous.get('/api/v1/calls/2019')).status, 404);
  });

  it('the catalogue names countries, ecosystems and organisation types', async () => {
    const res = await anonymous.get('/api/v1/catalogue');
    assert.equal(res.status, 200);
    assert.ok(Object.keys(res.body).length >= 3, Object.keys(res.body).join(', '));
  });
});
