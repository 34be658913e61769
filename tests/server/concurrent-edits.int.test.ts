/**
 * Several people editing one proposal at once. Every section has its own version: edits of
 * different sections never collide; two edits of one section from the same version give one
 * 200 and one 409 that carries the current data and both sides' changes, so the loser re-applies
 * and nothing is lost. A submission made while sections are saved freezes one consistent state.
 *
 * The writes run truly concurrently (Promise.all over one app: on PostgreSQL each request has
 * its own connection and transaction).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient, TestResponse } from '../support/client.ts';
import { addPartner } from '../support/membership.ts';
import { uploadFile } from '../support/package-files.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const clock = new ManualClock('2026-01-12T08:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
let partner1: TestClient;
let partner2: TestClient;
let id: string;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const url = (key: string) => `/api/v1/proposals/${id}/sections/${key}`;

async function current(key: string): Promise<{ version: number; data: any }> {
  const view = await coordinator.get(`/api/v1/proposals/${id}`);
  const s = view.body.sections[key];
  return { version: s.version, data: s.data };
}

async function versions(key: string): Promise<{ version: number; data: any }[]> {
  return platform.deps.db
    .selectFrom('proposal_section_versions')
    .select(['version', 'data'])
    .where('proposal_id', '=', id)
    .where('key', '=', key)
    .orderBy('version')
    .execute();
}

function expectStatus(res: TestResponse, status: number) {
  assert.equal(res.status, status, JSON.stringify(res.body));
}

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  partner1 = await platform.as('partner1');
  partner2 = await platform.as('partner2');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  const admin = await platform.as('admin');
  await addPartner(coordinator, admin, id, 'p2', partner1);
  await addPartner(coordinator, admin, id, 'p3', partner2);
});
after(async () => {
  await platform?.close();
});

describe('editing different sections at the same time', () => {
  it('two partners and the coordinator save three sections at once: all three succeed', async () => {
    const [b2, b3, general] = await Promise.all([
      current('budget:p2'),
      current('budget:p3'),
      current('general'),
    ]);
    b2.data.lines.wp1.travel = 6100;
    b3.data.lines.wp1.travel = 6200;
    general.data.summary = 'Saved while the partners saved their budgets.';
    const results = await Promise.all([
      partner1.put(url('budget:p2'), b2),
      partner2.put(url('budget:p3'), b3),
      coordinator.put(url('general'), general),
    ]);
    for (const r of results) expectStatus(r, 200);
    assert.deepEqual(
      results.map((r) => r.body.saved.version),
      [b2.version + 1, b3.version + 1, general.version + 1],
    );
    assert.equal((await current('budget:p2')).data.lines.wp1.travel, 6100);
    assert.equal((await current('budget:p3')).data.lines.wp1.travel, 6200);
    assert.equal((await current('general')).data.summary, 'Saved while the partners saved their budgets.');
  });
});

describe('editing the same section from the same version', () => {
  it('one 200 and one 409 with the current data and both changes; the loser re-applies and both edits stay', async () => {
    const base = await current('participant:p2');
    const theirs = { ...base.data, expertise: 'Wind turbine maintenance (coordinator)' };
    const mine = { ...base.data, contactName: 'Jonas Becker (partner)' };
    const [a, b] = await Promise.all([
      coordinator.put(url('participant:p2'), { version: base.version, data: theirs }),
      partner1.put(url('participant:p2'), { version: base.version, data: mine }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    const [winnerData, loserData, loserClient] =
      a.status === 200 ? [theirs, mine, partner1] : [mine, theirs, coordinator];
    const conflict = loser.body;
    assert.equal(conflict.error, 'conflict');
    assert.equal(conflict.yourVersion, base.version);
    assert.equal(conflict.currentVersion, winner.body.saved.version);
    assert.deepEqual(conflict.current, winnerData);
    const changed = (field: string) => Object.keys(base.data).find((k) => k === field);
    const winnerField = winnerData === theirs ? 'expertise' : 'contactName';
    const loserField = winnerField === 'expertise' ? 'contactName' : 'expertise';
    assert.deepEqual(conflict.theirChanges, [
      { path: changed(winnerField), old: base.data[winnerField], new: winnerData[winnerField] },
    ]);
    assert.deepEqual(conflict.yourChanges, [
      { path: changed(loserField), old: base.data[loserField], new: loserData[loserField] },
    ]);

    const retry = await loserClient.put(url('participant:p2'), {
      version: conflict.currentVersion,
      data: { ...conflict.current, [loserField]: loserData[loserField] },
    });
    expectStatus(retry, 200);
    const final = await current('participant:p2');
    assert.equal(final.data.expertise, theirs.expertise);
    assert.equal(final.data.contactName, mine.contactName);
    const history = await versions('participant:p2');
    assert.deepEqual(
      history.slice(-2).map((v) => v.version),
      [base.version + 1, base.version + 2],
    );
    assert.deepEqual(history.at(-2)!.data, winnerData);
  });

  it('50 rounds of truly concurrent writes to one section (and a third writer elsewhere): never a lost update', async () => {
    const ROUNDS = 50;
    const start = await current('participant:p2');
    const budgetStart = await current('budget:p3');
    const seen = { conflicts: 0 };
    /** A writer that, refused, re-applies its own change to what the 409 says is current. */
    const edit = async (client: TestClient, base: { version: number; data: any }, change: object) => {
      const first = await client.put(url('participant:p2'), {
        version: base.version,
        data: { ...base.data, ...change },
      });
      if (first.status === 200) return first;
      expectStatus(first, 409);
      seen.conflicts++;
      assert.ok(first.body.currentVersion > base.version, 'the 409 names a newer version');
      const again = await client.put(url('participant:p2'), {
        version: first.body.currentVersion,
        data: { ...first.body.current, ...change },
      });
      expectStatus(again, 200);
      return again;
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const base = await current('participant:p2');
      const budget = await current('budget:p3');
      budget.data.lines.wp2.travel = 10_000 + round;
      const [, , elsewhere] = await Promise.all([
        edit(partner1, base, { contactName: `partner round ${round}` }),
        edit(coordinator, base, { expertise: `coordinator round ${round}` }),
        partner2.put(url('budget:p3'), budget),
      ]);
      expectStatus(elsewhere, 200);
      const after = await current('participant:p2');
      assert.equal(
        after.data.contactName,
        `partner round ${round}`,
        `round ${round}: the partner's edit is kept`,
      );
      assert.equal(
        after.data.expertise,
        `coordinator round ${round}`,
        `round ${round}: the coordinator's edit is kept`,
      );
      assert.equal(after.version, base.version + 2, `round ${round}: two saves, two versions`);
    }
    assert.equal(
      seen.conflicts,
      ROUNDS,
      'every round had exactly one 409 (both wrote from the same version)',
    );
    const history = await versions('participant:p2');
    const fresh = history.filter((v) => v.version > start.version);
    assert.equal(fresh.length, 2 * ROUNDS);
    assert.deepEqual(
      fresh.map((v) => v.version),
      Array.from({ length: 2 * ROUNDS }, (_, i) => start.version + 1 + i),
      'versions without gaps or repeats',
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const both = fresh[2 * round - 1]!.data;
      assert.equal(both.contactName, `partner round ${round}`);
      assert.equal(both.expertise, `coordinator round ${round}`);
    }
    assert.equal((await current('budget:p3')).version, budgetStart.version + ROUNDS);
  });
});

describe("a partner's limits", () => {
  for (const key of ['budget:p3', 'consortium', 'participant:p3', 'general'])
    it(`partner1 cannot save "${key}" (403) and nothing is written`, async () => {
      const before = await current(key);
      const res = await partner1.put(url(key), before);
      expectStatus(res, 403);
      assert.equal(res.body.error, 'forbidden');
      assert.equal((await current(key)).version, before.version);
      assert.equal((await versions(key)).length, before.version);
    });
});

describe('submitting while sections are being saved', () => {
  it('every submission freezes one consistent state: its hash is that of the stored text, its sections one version set', async () => {
    const ROUNDS = 12;
    const general = (r: number) => `Consistency round ${r}`;
    const answer = (r: number) => `Answer written after the title of round ${r}.`;
    // The coordinator writes the title, then the answer, round after round: a state where the
    // answer is newer than the title never existed, so no submission may show one.
    const writer = async () => {
      for (let r = 1; r <= ROUNDS; r++) {
        const g = await current('general');
        expectStatus(
          await coordinator.put(url('general'), {
            version: g.version,
            data: { ...g.data, title: general(r) },
          }),
          200,
        );
        const a = await current('answers:relevance');
        expectStatus(
          await coordinator.put(url('answers:relevance'), { version: a.version, data: { text: answer(r) } }),
          200,
        );
      }
    };
    // The budgets changed in the tests above: the package's budget table is uploaded again to agree.
    const table = await coordinator.get(`/api/v1/proposals/${id}/budget.xlsx`);
    expectStatus(await uploadFile(coordinator, id, 'budget-table', 'budget.xlsx', table.raw), 201);
    // Each partner moves money between travel and other goods of WP2: the totals the budget
    // table gives per beneficiary and per work package stay, so every submission may go through.
    const partnerWriter = async (client: TestClient, key: string, base: number) => {
      for (let r = 1; r <= ROUNDS; r++) {
        const b = await current(key);
        const { travel, otherGoods } = b.data.lines.wp2;
        b.data.lines.wp2.travel = base + r;
        b.data.lines.wp2.otherGoods = travel + otherGoods - (base + r);
        expectStatus(await client.put(url(key), b), 200);
      }
    };
    const receipts: any[] = [];
    const submitter = async () => {
      for (let i = 0; i < ROUNDS; i++) {
        const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
        // When no save landed since the last submission, resubmitting says so (200, unchanged)
        // and points at the version that stands: the same consistency holds for it.
        if (res.status === 200) {
          assert.equal(res.body.unchanged, true, JSON.stringify(res.body));
          if (receipts.length > 0)
            assert.equal(res.body.number, receipts.at(-1).number, 'unchanged: the standing version');
          continue;
        }
        expectStatus(res, 201);
        receipts.push(res.body);
      }
    };
    await Promise.all([
      writer(),
      partnerWriter(partner1, 'budget:p2', 7000),
      partnerWriter(partner2, 'budget:p3', 8000),
      submitter(),
    ]);
    assert.ok(receipts.length >= 2, `${receipts.length} new versions`);
    assert.ok(new Set(receipts.map((r) => r.sha256)).size > 1, 'the submissions froze different moments');
    const rows = await platform.deps.db
      .selectFrom('submissions')
      .select(['number', 'canonical', 'sha256'])
      .where('proposal_id', '=', id)
      .orderBy('number')
      .execute();
    const history = {
      general: await versions('general'),
      'answers:relevance': await versions('answers:relevance'),
      'budget:p2': await versions('budget:p2'),
      'budget:p3': await versions('budget:p3'),
    };
    const versionOf = (key: keyof typeof history, data: unknown) => {
      const found = history[key].find((v) => isDeepStrictEqual(v.data, data));
      assert.ok(found, `the submitted ${key} is a version that was saved`);
      return found.version;
    };
    const roundOf = (text: string, make: (r: number) => string) =>
      Array.from({ length: ROUNDS + 1 }, (_, r) => r).find((r) => make(r) === text) ?? 0;
    for (const receipt of receipts) {
      const row = rows.find((r) => r.number === receipt.number)!;
      assert.equal(row.sha256, receipt.sha256);
      assert.equal(sha256(row.canonical), receipt.sha256, 'the hash is that of the stored canonical text');
      const content = JSON.parse(row.canonical);
      const { lot, durationMonths, ecosystem, acronym, title, summary, requestedGrant } = content;
      versionOf('general', { lot, durationMonths, ecosystem, acronym, title, summary, requestedGrant });
      versionOf('answers:relevance', { text: content.answers.relevance });
      versionOf('budget:p2', { lines: content.budget.p2 });
      versionOf('budget:p3', { lines: content.budget.p3 });
      const lag = roundOf(title, general) - roundOf(content.answers.relevance, answer);
      assert.ok(
        lag === 0 || lag === 1,
        `submission ${receipt.number}: the title and the answer of one moment`,
      );
    }
  });
});
