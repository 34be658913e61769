/**
 * The round trips of a section save and of a submission. At a deadline every save's transaction holds a pooled
 * connection for all its queries, so their number bounds how many saves a server keeps going
 * (bench:rush). Counted, not timed: the queries one PUT of a section sends to the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { loadProposalWithSections } from '../../src/server/proposals/repository.ts';
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

/** The queries of one request, sent through the database object the routes use. */
async function countQueries(platform: TestPlatform, send: () => Promise<void>): Promise<string[]> {
  const counter = counting();
  const original = platform.deps.db;
  platform.deps.db = original.withPlugin(counter);
  try {
    await send();
  } finally {
    platform.deps.db = original;
  }
  return counter.queries;
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

  it('reads, checks, writes and answers with the review in four queries (three on PostgreSQL)', async () => {
    const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
    const queries = await countQueries(platform, async () => {
      const saved = await coordinator.put(`/api/v1/proposals/${id}/sections/general`, {
        version: view.sections.general.version,
        data: { ...view.sections.general.data, title: 'Counted' },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.review.submittable, true, 'the answer still carries the review');
      assert.equal(saved.body.sections.general.updatedBy, coordinator.account!.name);
    });
    // The session (on PostgreSQL from the process's cache: tests/server/multi-process.int.test.ts);
    // the proposal with the saver's membership and its sections with the consortium's
    // organisations for the review; the update with its version-history entry; the audit entry.
    const expected = platform.deps.dbKind === 'postgres' ? 3 : 4;
    assert.ok(queries.length <= expected, `${queries.length} queries: ${queries.join(', ')}`);
  });

  it('reads no section for someone who is not an applicant of the proposal, whose save is refused', async () => {
    const outsider = await platform.client().register('outsider@round-trips.example', 'Outside Reader');
    const officer = await platform.as('officer');
    const read = (accountId: string) =>
      platform.deps.db.transaction().execute((tx) => loadProposalWithSections(tx, id, accountId));
    const own = await read(coordinator.account!.id);
    assert.equal(own.membership?.role, 'coordinator-contact');
    assert.ok(own.sections.has('general') && own.sections.has('consortium'), [...own.sections.keys()].join());
    assert.ok(own.organisations.size >= 4, `${own.organisations.size} organisations`);
    for (const other of [outsider, officer]) {
      const theirs = await read(other.account!.id);
      assert.equal(theirs.proposal.id, id, 'the proposal is still read for the policy check');
      assert.equal(theirs.membership, undefined);
      assert.equal(theirs.sections.size, 0, `${other.account!.name} read ${theirs.sections.size} sections`);
      assert.equal(theirs.organisations.size, 0);
    }
    // The save itself: refused as before (an outsider does not learn that the proposal exists),
    // and nothing written.
    const before = (await coordinator.get(`/api/v1/proposals/${id}`)).body.sections.general;
    const refused = await outsider.put(`/api/v1/proposals/${id}/sections/general`, {
      version: before.version,
      data: { ...before.data, title: 'Not theirs to write' },
    });
    assert.equal(refused.status, 404, JSON.stringify(refused.body));
    const after = (await coordinator.get(`/api/v1/proposals/${id}`)).body.sections.general;
    assert.equal(after.version, before.version);
    assert.equal(after.data.title, before.data.title);
  });

  it('submits, and submits again after a change, in ten queries each (nine on PostgreSQL)', async () => {
    for (const round of [1, 2]) {
      if (round === 2) {
        const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
        const saved = await coordinator.put(`/api/v1/proposals/${id}/sections/general`, {
          version: view.sections.general.version,
          data: { ...view.sections.general.data, title: 'Changed before submitting again' },
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
      }
      const queries = await countQueries(platform, async () => {
        const submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
        assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
        assert.equal(submitted.body.number, round, 'a new version each time');
      });
      // The proposal points at the version the same statement inserted.
      const pointer = await platform.deps.db
        .selectFrom('proposals')
        .innerJoin('submissions', 'submissions.id', 'proposals.last_submission_id')
        .select(['proposals.state', 'submissions.number'])
        .where('proposals.id', '=', id)
        .executeTakeFirst();
      assert.deepEqual(pointer, { state: 'submitted', number: round });
      // The session (not on PostgreSQL: cached); the proposal under its lock with the submitter's
      // membership; the sections with the consortium's organisations; the latest submission
      // (unchanged? the next number); the submission with the proposal's state; the contacts and
      // their confirmation; the audit entry; and the submission package: its files listed for the
      // checks, then frozen by this version.
      const expected = platform.deps.dbKind === 'postgres' ? 9 : 10;
      assert.ok(
        queries.length <= expected,
        `round ${round}: ${queries.length} queries: ${queries.join(', ')}`,
      );
    }
  });
});
