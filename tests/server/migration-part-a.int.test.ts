/**
 * Upgrading a populated database to Part A (migration 0011): a proposal made before Part A
 * existed gets an empty Part A per participant and an empty coordinator's declaration, each at
 * version 1 with its history row, so the applicants see what is missing as findings and can save
 * it; a submitted version's frozen content stays exactly as it was; running the migrations again
 * changes nothing.
 *
 * The database before 0011 is made from today's: the Part A sections of a proposal are removed
 * and the migration's row forgotten, which is what a database that never ran 0011 holds.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

let platform: TestPlatform;
let coordinator: TestClient;
let id: string;
let frozenBefore: unknown;
let participantIds: string[];

const partAKeys = (keys: string[]) =>
  keys.filter((k) => k.startsWith('part-a:') || k === 'coordinator-declaration').sort();

async function sectionRows() {
  const { db } = platform.deps;
  return db
    .selectFrom('proposal_sections')
    .select(['key', 'version', 'data'])
    .where('proposal_id', '=', id)
    .orderBy('key')
    .execute();
}

before(async () => {
  platform = await testPlatform();
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  const submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  frozenBefore = (await coordinator.get(`/api/v1/proposals/${id}/submissions/1`)).body;
  const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
  participantIds = view.sections.consortium.data.participants.map((p: { id: string }) => p.id);

  // The database as it stood before 0011.
  const { db } = platform.deps;
  const partA = (eb: any) =>
    eb.or([eb('key', 'like', 'part-a:%'), eb('key', '=', 'coordinator-declaration')]);
  await db.deleteFrom('proposal_section_versions').where('proposal_id', '=', id).where(partA).execute();
  await db.deleteFrom('proposal_sections').where('proposal_id', '=', id).where(partA).execute();
  await sql`delete from kysely_migration where name = '0011-part-a'`.execute(db);
  assert.deepEqual(partAKeys((await sectionRows()).map((r) => r.key)), [], 'no Part A before the upgrade');

  await migrateToLatest(platform.deps.db as never);
});
after(async () => {
  await platform.close();
});

it('gives every participant an empty Part A and the proposal an empty coordinator’s declaration, at version 1', async () => {
  const rows = await sectionRows();
  const expected = [...participantIds.map((p) => `part-a:${p}`), 'coordinator-declaration'].sort();
  assert.deepEqual(partAKeys(rows.map((r) => r.key)), expected);
  for (const row of rows.filter((r) => expected.includes(r.key))) {
    assert.equal(row.version, 1, row.key);
    const data = row.data as { declarations: Record<string, boolean>; legalRepresentative?: unknown };
    assert.deepEqual(data.declarations, {}, `${row.key}: nothing declared for the applicant`);
  }
  const history = await platform.deps.db
    .selectFrom('proposal_section_versions')
    .select(['key', 'version'])
    .where('proposal_id', '=', id)
    .where('version', '=', 1)
    .execute();
  for (const key of expected)
    assert.ok(
      history.some((h) => h.key === key),
      `${key} has its version 1 in the history`,
    );
});

it('shows what is missing as findings naming each participant, and accepts a save of the new sections', async () => {
  const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
  const rules = view.review.findings.map((f: { rule: string }) => f.rule);
  assert.equal(
    rules.filter((r: string) => r === 'form.part-a-representative').length,
    participantIds.length,
    JSON.stringify(rules),
  );
  assert.ok(rules.includes('form.coordinator-declaration'), JSON.stringify(rules));

  const key = `part-a:${participantIds[1]}`;
  const section = view.sections[key];
  const saved = await coordinator.put(`/api/v1/proposals/${id}/sections/${key}`, {
    version: section.version,
    data: {
      ...section.data,
      legalRepresentative: { name: 'Karin Lund', position: 'Rector', email: 'karin.lund@example.org' },
    },
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.saved.version, 2);
});

it('leaves the submitted version exactly as it was frozen', async () => {
  const after = (await coordinator.get(`/api/v1/proposals/${id}/submissions/1`)).body;
  assert.deepEqual(after, frozenBefore);
});

it('changes nothing when the migrations run again', async () => {
  const before = await sectionRows();
  await migrateToLatest(platform.deps.db as never);
  assert.deepEqual(await sectionRows(), before);
  const ran = await sql<{
    n: number | string;
  }>`select count(*) as n from kysely_migration where name = '0011-part-a'`.execute(platform.deps.db);
  assert.equal(Number(ran.rows[0]!.n), 1);
});
