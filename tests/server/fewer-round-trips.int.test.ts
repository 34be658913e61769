/**
 * What makes a save and a submission cheaper at a deadline, and must never make them wrong:
 *
 * - the sections a process read last are kept by row version (section-cache.ts): a row changed
 *   behind the process's back, by a transaction rolled back, or twice in one transaction, is
 *   read again from the database;
 * - on PostgreSQL a transaction's statements travel together (pipelined-transactions.ts): `begin`
 *   with the first statement, the audit entry and a submission's rows with the commit; a
 *   statement sent with the commit that fails rolls the whole transaction back. Round trips are
 *   counted as the writes on the database's socket (the app is called in process, so no other
 *   socket is written).
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { sendWithCommit } from '../../src/server/db/pipelined-transactions.ts';
import { loadSectionsWithOrganisations } from '../../src/server/proposals/repository.ts';
import type { TestClient } from '../support/client.ts';
import { TEST_DATABASE, type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

let platform: TestPlatform;
let coordinator: TestClient;
let id: string;

before(async () => {
  platform = await testPlatform({ demoEvaluation: false });
  coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator, 'demo');
});
after(() => platform.close());

const titleOf = async (db = platform.deps.db) =>
  ((await loadSectionsWithOrganisations(db, id)).sections.get('general')!.data as { title: string }).title;

/** Changes the title in the database directly, as another process would, keeping the version. */
const setTitleBehindTheBack = (title: string, db = platform.deps.db) =>
  sql`update proposal_sections set data = jsonb_set(data, '{title}', to_jsonb(${title}::text))
      where proposal_id = ${id} and key = 'general'`.execute(db);

describe('the sections kept by a process', () => {
  it('are read again when another process changed a row, even with the same version number', async () => {
    await setTitleBehindTheBack('First');
    assert.equal(await titleOf(), 'First');
    assert.equal(await titleOf(), 'First', 'kept');
    await setTitleBehindTheBack('Changed elsewhere');
    assert.equal(await titleOf(), 'Changed elsewhere');
  });

  it('never keep what a rolled-back transaction wrote', async () => {
    await setTitleBehindTheBack('Committed');
    assert.equal(await titleOf(), 'Committed');
    await assert.rejects(
      platform.deps.db.transaction().execute(async (tx) => {
        await setTitleBehindTheBack('Rolled back', tx);
        assert.equal(await titleOf(tx), 'Rolled back', 'the transaction sees its own write');
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal(await titleOf(), 'Committed');
  });

  it('follow a row written twice in one transaction', async () => {
    await platform.deps.db.transaction().execute(async (tx) => {
      await setTitleBehindTheBack('Once', tx);
      assert.equal(await titleOf(tx), 'Once');
      await setTitleBehindTheBack('Twice', tx);
      assert.equal(await titleOf(tx), 'Twice');
    });
    assert.equal(await titleOf(), 'Twice');
  });

  it('cannot be changed in place by whoever reads them', async () => {
    const { sections } = await loadSectionsWithOrganisations(platform.deps.db, id);
    const general = sections.get('general')!.data as { title: string };
    assert.throws(() => {
      general.title = 'changed in place';
    }, TypeError);
    assert.notEqual(await titleOf(), 'changed in place');
  });
});

/** The writes on database sockets while `send` runs. */
async function roundTrips(send: () => Promise<unknown>): Promise<number> {
  const socket = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...a: unknown[]) => void>;
  const original = { _write: socket._write, _writev: socket._writev };
  let writes = 0;
  for (const name of ['_write', '_writev'] as const) {
    socket[name] = function (this: unknown, ...args: unknown[]) {
      // The test runner reports on this process's stdout, a socket too.
      if (this !== process.stdout && this !== process.stderr) writes++;
      return original[name].apply(this, args);
    };
  }
  try {
    await send();
  } finally {
    Object.assign(socket, original);
  }
  return writes;
}

const onPostgres = { skip: TEST_DATABASE !== 'postgres' && 'PGlite runs in the process: no round trips' };

describe('a transaction on PostgreSQL', () => {
  it('saves a section in four round trips and submits in six', onPostgres, async () => {
    const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
    let saved: { status: number; body: any } | undefined;
    const save = await roundTrips(async () => {
      saved = await coordinator.put(`/api/v1/proposals/${id}/sections/general`, {
        version: view.sections.general.version,
        data: { ...view.sections.general.data, title: 'Counted in round trips' },
      });
    });
    assert.equal(saved!.status, 200, JSON.stringify(saved!.body));
    // begin with the proposal under its lock; the sections; the update; the audit entry with the commit.
    assert.equal(save, 4);
    let submitted: { status: number; body: any } | undefined;
    const submit = await roundTrips(async () => {
      submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    });
    assert.equal(submitted!.status, 201, JSON.stringify(submitted!.body));
    // begin with the lock; the sections; the files; the latest submission; the submission, its
    // files and the proposal's state with the contacts; their confirmation and the audit entry with the commit.
    assert.equal(submit, 6);
    const stored = await platform.deps.db
      .selectFrom('submissions')
      .select('number')
      .where('proposal_id', '=', id)
      .where('sha256', '=', submitted!.body.sha256)
      .executeTakeFirst();
    assert.equal(stored?.number, submitted!.body.number, 'the submission sent with the commit is stored');
    const audit = await platform.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('proposal_id', '=', id)
      .where('action', '=', 'proposal.submit')
      .execute();
    assert.ok(audit.length >= 1, 'the audit entry sent with the commit is stored');
  });

  it('sends nothing for a transaction that ran no statement', onPostgres, async () => {
    assert.equal(await roundTrips(() => platform.deps.db.transaction().execute(async () => 'nothing')), 0);
  });

  it('rolls back everything when a statement sent with the commit fails', async () => {
    await setTitleBehindTheBack('Before the failed write');
    await assert.rejects(
      platform.deps.db.transaction().execute(async (tx) => {
        await setTitleBehindTheBack('Never committed', tx);
        // Refused by the database (the column is an integer): on PostgreSQL only at the commit.
        await sendWithCommit(() =>
          sql`update proposal_sections set version = ${'not a number'} where proposal_id = ${id}`.execute(tx),
        );
      }),
      /invalid input syntax/,
    );
    assert.equal(await titleOf(), 'Before the failed write');
  });

  it('runs a statement sent with the commit before the statement that follows it', async () => {
    await platform.deps.db.transaction().execute(async (tx) => {
      await sendWithCommit(() => setTitleBehindTheBack('Sent first', tx));
      assert.equal(await titleOf(tx), 'Sent first');
    });
    assert.equal(await titleOf(), 'Sent first');
  });
});
