/**
 * Every write route (every POST, PUT, PATCH and DELETE under /api/v1) gets over 10,000 bodies
 * made by fast-check: objects with the route's own field names and the wrong values, any JSON,
 * text that is not JSON, text the database cannot store (NUL, half a surrogate pair), JSON
 * nested thousands deep. None may be answered 5xx, and none may write: the rows of every table
 * are counted before and after. Sent through app.inject, so most bodies fail validation quickly.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';
import { listRoutes } from '../support/routes.ts';
import { tableCounts } from '../support/tables.ts';

const BODIES = 10_240;
const clock = new ManualClock(new Date('2026-02-02T08:00:00Z'));
let platform: TestPlatform;
let app: FastifyInstance;
const senders: (TestClient | undefined)[] = [undefined];
/** Path parameters that name things that exist, so that bodies reach the routes' own checks. */
const known: Record<string, string[]> = {};

before(async () => {
  platform = await testPlatform({ clock, webRoot: '/nonexistent' });
  app = platform.app;
  for (const who of ['coordinator', 'officer', 'admin', 'expert1']) senders.push(await platform.as(who));
  const coordinator = senders[1]!;
  const db = platform.deps.db;
  known.id = [await eligibleLot1Proposal(coordinator, 'demo')];
  known.callId = ['demo', '2025'];
  known.key = ['general', 'consortium', 'budget'];
  known.expertId = (await db.selectFrom('experts').select('id').execute()).map((e) => e.id);
  known.participantId = ['p1', 'p2'];
  known.organisationId = [(await organisationByPic(coordinator, '999100001')).id];
  known.number = ['1'];
});
after(async () => {
  await platform?.close();
});

/** The fields a route's body documents in the OpenAPI document (none when it has no body). */
function bodyFields(doc: any, route: string): { fields: string[]; required: string[] } {
  const [method, path] = route.split(' ') as [string, string];
  const op = doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  return { fields: Object.keys(schema?.properties ?? {}), required: schema?.required ?? [] };
}

const NASTY = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '',
  ' ',
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  'null',
  '-1',
  '1e309',
  'ÆØÅ 💥',
  '<script>alert(1)</script>',
];
const nasty = fc.constantFrom(...NASTY);
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  nasty,
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 53, 1e300, true, null),
);

/**
 * A raw body for a route with these field names. When the route requires none of them, a random
 * object could be a valid request and do what it asks; such objects carry a field the route does
 * not know, so that they are refused, after the route has checked every other field.
 */
function bodyFor(fields: string[], required: string[]) {
  const key = fc.oneof(fc.constantFrom(...fields, 'unknownField'), nasty);
  const refusable = (o: Record<string, unknown>) => (required.length > 0 ? o : { ...o, unknownField: 1 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.dictionary(key, leaf, { maxKeys: 6 }).map((o) => JSON.stringify(refusable(o))),
    },
    {
      weight: 2,
      arbitrary: fc
        .jsonValue({ maxDepth: 4 })
        .map((v) =>
          JSON.stringify(v !== null && typeof v === 'object' && !Array.isArray(v) ? refusable(v) : v),
        ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 60, max: 20_000 })
        .map((depth) => `{"${fields[0] ?? 'x'}":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    },
  );
}

/** A value for a path parameter: one that exists, or anything (NUL and half a surrogate pair too). */
const param = (name: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(known[name] ?? ['x'])).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('%00', 'a%00b', '%ED%A0%80', '..%2F..', '%') },
  );

it(`${BODIES} bodies to every write route: none answered 5xx, nothing written`, async () => {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const routes = listRoutes(app).filter((r) => r.includes(' /api/v1/') && !r.startsWith('GET '));
  assert.ok(routes.length >= 30, `the write routes were found: ${routes.length}`);
  const request = fc.oneof(
    ...routes.map((route) => {
      const [method, path] = route.split(' ') as [string, string];
      const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const { fields, required } = bodyFields(doc, route);
      // A route without a body (submit, sign out, propose an assignment…) ignores what is sent,
      // so a signed-in sender would simply do it: those bodies go without a session.
      const sender = fields.length === 0 ? fc.constant(0) : fc.nat({ max: senders.length - 1 });
      return fc.record({
        route: fc.constant(route),
        method: fc.constant(method),
        params: fc.tuple(...names.map(param)),
        names: fc.constant(names),
        path: fc.constant(path),
        body: bodyFor(fields, required),
        sender,
      });
    }),
  );
  const before = await tableCounts(platform.deps.db);
  const started = Date.now();
  const perStatus = new Map<number, number>();
  const routesSent = new Set<string>();
  let sent = 0;
  let fiveHundreds = 0;
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      let url = r.path;
      r.names.forEach((name, i) => {
        url = url.replace(`:${name}`, r.params[i]!);
      });
      const client = senders[r.sender];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (client?.cookie) headers.cookie = client.cookie;
      if (client?.csrfToken) headers['x-csrf-token'] = client.csrfToken;
      const res = await app.inject({ method: r.method as 'POST', url, headers, payload: r.body });
      sent++;
      routesSent.add(r.route);
      perStatus.set(res.statusCode, (perStatus.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) fiveHundreds++;
      assert.ok(
        res.statusCode < 500,
        `${r.route} ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
      );
      assert.ok(
        res.statusCode >= 400,
        `${r.route} ${url} accepted ${r.body.slice(0, 200)}: ${res.statusCode}`,
      );
    }),
    { numRuns: BODIES, seed: Number(process.env.FUZZ_SEED ?? 20261204) },
  );
  const statuses = [...perStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.log(
    `fuzz: ${sent} bodies to ${routesSent.size} write routes, ${fiveHundreds} answered 5xx (${statuses.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  assert.equal(routesSent.size, routes.length, 'every write route got bodies');
  assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing was written');
});
