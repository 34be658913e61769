/**
 * __proto__, constructor and prototype as keys or ids: refused with a 400 that names the field
 * and says why (not "not valid JSON"), and nothing is written.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock('2026-01-20T09:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
let id: string;
let exported: any;

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  exported = (await coordinator.get(`/api/v1/proposals/${id}/export.json`)).body;
});

after(async () => {
  await platform?.close();
});

async function refused(method: string, url: string, body: string | object, field: string) {
  const before = await tableCounts(platform.deps.db);
  const res = await coordinator.request(method, url, body);
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.doesNotMatch(res.body.message, /not valid JSON/);
  const problem = res.body.problems.find((p: any) => p.field === field);
  assert.ok(problem, `a problem at ${field}: ${JSON.stringify(res.body.problems)}`);
  assert.match(problem.expected, /other than __proto__, constructor or prototype/);
  assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing written');
}

it('an import with a __proto__ key is refused naming the key', async () => {
  const text = JSON.stringify(exported).replace('{', '{"__proto__":{"polluted":true},');
  await refused('POST', '/api/v1/proposals/import', text, '__proto__');
  assert.equal(({} as any).polluted, undefined);
});

it('a constructor key deep in a section is refused naming its path', async () => {
  const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
  const section = view.sections['budget:p2'];
  const text = JSON.stringify({ version: section.version, data: section.data }).replace(
    '"lines":{',
    '"lines":{"constructor":{"prototype":1},',
  );
  await refused('PUT', `/api/v1/proposals/${id}/sections/budget:p2`, text, 'data.lines.constructor');
});

it('a participant id "prototype" in an import is refused', async () => {
  const file = structuredClone(exported);
  file.participants[0].id = 'prototype';
  await refused('POST', '/api/v1/proposals/import', file, 'participants[0].id');
});

it('a work package id "constructor" in a section is refused', async () => {
  const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
  const section = view.sections['work-plan'];
  const data = structuredClone(section.data);
  data.workPackages[0].id = 'constructor';
  await refused(
    'PUT',
    `/api/v1/proposals/${id}/sections/work-plan`,
    { version: section.version, data },
    'data.workPackages[0].id',
  );
});
