/**
 * The round trips of a section save. At a deadline every save's transaction holds a pooled
 * connection for all its queries, so their number bounds how many saves a server keeps going
 * (bench:rush). Counted, not timed: the queries one PUT of a section sends to the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

/** Counts the queries that go through the database object the routes use. */
function counting(): KyselyPlugin & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    transformQuery(args) {
      queries.push(args.node.kind);
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}

describe('a section save', () => {
  let platform: TestPlatform;
  let coordinator: TestClient;
  let id: string;
  before(async () => {
    platform = await testPlatform({ demoEvaluation: false });
    coordinator = await platform.as('coordinator');
    id = await eligibleLot1Proposal(coordinator, 'demo');
  });
  after(() => platform.close());

  it('reads, checks, writes and answers with the review in six queries', async () => {
    const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
    const counter = counting();
    const original = platform.deps.db;
    platform.deps.db = original.withPlugin(counter);
    try {
      const saved = await coordinator.put(`/api/v1/proposals/${id}/sections/general`, {
        version: view.sections.general.version,
        data: { ...view.sections.general.data, title: 'Counted' },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.review.submittable, true, 'the answer still carries the review');
      assert.equal(saved.body.sections.general.updatedBy, coordinator.account!.name);
    } finally {
      platform.deps.db = original;
    }
    // The session; the proposal with the saver's membership; its sections; the update with its
    // version-history entry; the audit entry; the consortium's organisations for the review.
    assert.ok(
      counter.queries.length <= 6,
      `${counter.queries.length} queries: ${counter.queries.join(', ')}`,
    );
  });
});
