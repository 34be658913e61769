/**
 * How many queries an expert's pages and writes cost: my-assignments does not grow with the
 * number of assignments (no query per assignment), and an expert write loads the facts its
 * policy decides on once, handing them to the operation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin, RootOperationNode } from 'kysely';
import type { Actor } from '../../src/server/auth/actor.ts';
import { ManualClock } from '../../src/server/clock.ts';
import type { ServerDeps } from '../../src/server/deps.ts';
import { myAssignments, saveEvaluation } from '../../src/server/evaluation/expert-work.ts';
import { DEMO_CLOSED_CALL_ID } from '../../src/server/seed/demo-evaluation.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';

let platform: TestPlatform;
let actor: Actor;
let expertId: string;
let proposals: string[];

before(async () => {
  platform = await testPlatform({ clock: new ManualClock(new Date().toISOString()), demoEvaluation: true });
  const db = platform.deps.db;
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'email', 'name', 'role'])
    .where('email', 'like', 'expert1@%')
    .executeTakeFirstOrThrow();
  actor = account;
  expertId = (
    await db.selectFrom('experts').select('id').where('account_id', '=', account.id).executeTakeFirstOrThrow()
  ).id;
  proposals = (
    await db
      .selectFrom('proposals')
      .select('id')
      .where('call_id', '=', DEMO_CLOSED_CALL_ID)
      .where('state', '=', 'submitted')
      .orderBy('id')
      .execute()
  ).map((r) => r.id);
  assert.ok(proposals.length >= 4, `the demo has ${proposals.length} submitted proposals`);
});
after(async () => {
  await platform.close();
});

/** The server's dependencies with every query the database runs recorded (as its syntax tree). */
function recorded(): { deps: ServerDeps; queries: RootOperationNode[] } {
  const queries: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      queries.push(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { deps: { ...platform.deps, db: platform.deps.db.withPlugin(plugin) }, queries };
}

const touches = (node: RootOperationNode, table: string) => JSON.stringify(node).includes(`"${table}"`);

/** Assigns the expert to these proposals, declared and with a submitted evaluation, replacing any before. */
async function assign(ids: string[]) {
  const db = platform.deps.db;
  const now = new Date();
  await db.deleteFrom('individual_evaluations').where('expert_id', '=', expertId).execute();
  await db.deleteFrom('declarations').where('expert_id', '=', expertId).execute();
  await db.deleteFrom('assignments').where('expert_id', '=', expertId).execute();
  for (const [i, id] of ids.entries()) {
    await db
      .insertInto('assignments')
      .values({
        proposal_id: id,
        expert_id: expertId,
        rapporteur: false,
        manual: true,
        reason: 'query count test',
        matched: JSON.stringify([]),
        assigned_by: actor.id,
        assigned_at: now,
      })
      .execute();
    await db
      .insertInto('declarations')
      .values({
        expert_id: expertId,
        proposal_id: id,
        no_conflict: true,
        confidentiality: true,
        conflict_reason: null,
        declared_at: now,
      })
      .execute();
    await db
      .insertInto('individual_evaluations')
      .values({
        id: `query-count-${i}`,
        proposal_id: id,
        expert_id: expertId,
        criteria: JSON.stringify({}),
        status: i === 0 ? 'draft' : 'submitted',
        version: 1,
        updated_at: now,
        submitted_at: i === 0 ? null : now,
      })
      .execute();
  }
}

describe('my assignments', () => {
  it('costs as many queries for four assignments as for one', async () => {
    const counts: number[] = [];
    for (const n of [1, proposals.length]) {
      await assign(proposals.slice(0, n));
      const { deps, queries } = recorded();
      const list = await myAssignments(deps, actor);
      assert.equal(list.length, n);
      assert.deepEqual(list.map((a) => a.proposalId).sort(), proposals.slice(0, n).sort());
      assert.ok(list.every((a) => typeof a.acronym === 'string' && a.participants.length > 0));
      counts.push(queries.length);
    }
    assert.equal(counts[1], counts[0], `queries for 1 and ${proposals.length} assignments: ${counts}`);
  });
});

describe('an expert write', () => {
  it('loads the facts its policy decides on once and hands them to the operation', async () => {
    await assign(proposals.slice(0, 1));
    const { deps, queries } = recorded();
    const saved = await saveEvaluation(deps, actor, proposals[0]!, {
      version: 1,
      criteria: { relevance: { score: 20, comment: 'Saved in the query count test.' } },
    });
    assert.equal(saved.version, 2);
    assert.equal(queries.filter((q) => touches(q, 'declarations')).length, 1);
    assert.equal(queries.filter((q) => touches(q, 'experts')).length, 1);
  });
});
