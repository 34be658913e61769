/**
 * The database follows rules/: every start upserts the call rows from the definitions, so a new
 * call year appears and a corrected deadline or opening date takes effect on the next start,
 * on the same database. Two starts, with a definition changed between them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildRuleBook } from '../../src/engine/call-definition/build.ts';
import { readRuleFiles } from '../../src/node/load-rule-book.ts';
import { createPlatform, type StartOptions } from '../../src/server/start.ts';
import { TestClient } from '../support/client.ts';
import { DEMO_PASSWORD, freshPostgresDatabase, TEST_DATABASE } from '../support/platform.ts';

type Json = Record<string, any>;

/** The repository's rule files with the 2025 deadline and opening date corrected and a 2027 call added. */
function correctedFiles() {
  const files = structuredClone(readRuleFiles());
  const call2025 = files.calls.find((f) => f.file.endsWith('2025.yaml'))!.data as Json;
  call2025.call.deadline.value = { date: '2025-03-13', time: '17:00', timeZone: 'Europe/Brussels' };
  call2025.call.opens.value = '2024-12-12';
  const call2027 = structuredClone(files.calls.find((f) => f.file.endsWith('2026.yaml'))!) as {
    file: string;
    data: Json;
  };
  call2027.file = 'rules/calls/2027.yaml';
  call2027.data.year = '2027';
  call2027.data.call.identifier.value = 'ERASMUS-EDU-2027-PI-ALL-INNO';
  call2027.data.call.deadline.value = { date: '2027-03-09', time: '17:00', timeZone: 'Europe/Brussels' };
  call2027.data.call.opens.value = '2026-12-03';
  files.calls.push(call2027);
  return files;
}

describe('call rows follow the definitions at every start', () => {
  let where: Pick<StartOptions, 'dataDir' | 'databaseUrl'>;
  let cleanUp: () => Promise<void>;

  before(async () => {
    if (TEST_DATABASE === 'postgres') {
      const fresh = await freshPostgresDatabase();
      where = { databaseUrl: fresh.url };
      cleanUp = fresh.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'alliances-call-rows-'));
      where = { dataDir: dir };
      cleanUp = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  after(async () => cleanUp());

  async function callsAfterStart(options: Partial<StartOptions>) {
    const platform = await createPlatform({ demoPassword: DEMO_PASSWORD, ...where, ...options });
    try {
      const res = await new TestClient(platform.app).get<Json[]>('/api/v1/calls');
      assert.equal(res.status, 200);
      const rows = await platform.deps.db.selectFrom('calls').selectAll().execute();
      return { api: new Map(res.body.map((c) => [c.id, c])), rows: new Map(rows.map((r) => [r.id, r])) };
    } finally {
      await platform.close();
    }
  }

  it('a corrected deadline and opening date take effect, and a new year appears, on the next start', async () => {
    const first = await callsAfterStart({});
    assert.equal(first.api.get('2025')!.deadline.utc, '2025-03-06T16:00:00.000Z');
    assert.equal(first.api.has('2027'), false);

    const second = await callsAfterStart({ definitions: buildRuleBook(correctedFiles()) });
    assert.equal(second.api.get('2025')!.deadline.utc, '2025-03-13T16:00:00.000Z');
    assert.equal(second.rows.get('2025')!.deadline_at.toISOString(), '2025-03-13T16:00:00.000Z');
    // The opening date is midnight in Brussels: 23:00 UTC the day before in winter.
    assert.equal(second.api.get('2025')!.opensAt, '2024-12-11T23:00:00.000Z');
    assert.equal(second.rows.get('2025')!.opens_at!.toISOString(), '2024-12-11T23:00:00.000Z');
    const added = second.api.get('2027')!;
    assert.equal(added.identifier, 'ERASMUS-EDU-2027-PI-ALL-INNO');
    assert.equal(added.deadline.utc, '2027-03-09T16:00:00.000Z');
    assert.match(added.title, /ERASMUS-EDU-2027-PI-ALL-INNO/);
    // The demo call keeps its own deadline, set at the first start.
    assert.equal(
      second.rows.get('demo')!.deadline_at.toISOString(),
      first.rows.get('demo')!.deadline_at.toISOString(),
    );

    // And back: the definitions as they stand win again at the following start.
    const third = await callsAfterStart({});
    assert.equal(third.api.get('2025')!.deadline.utc, '2025-03-06T16:00:00.000Z');
  });
});
