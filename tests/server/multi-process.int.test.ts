/**
 * Two real server processes on one PostgreSQL database, as a scaled-out deployment runs: the
 * first start seeds once, sessions and sign-outs hold across processes, a stale write on one is
 * refused after a save on the other, submissions racing on both make one version (the rest are told
 * nothing changed),
 * a save and a partner opening a section on one reach the event stream opened on the other
 * (LISTEN/NOTIFY), and the deadline holds on both. PostgreSQL only: PGlite serves one process.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { MIGRATIONS } from '../../src/server/db/migrate.ts';
import { DEMO_ACCOUNTS } from '../../src/server/seed/demo-data.ts';
import { DEMO_EVALUATION_PROPOSALS, EXTRA_EXPERTS } from '../../src/server/seed/demo-evaluation.ts';
import { openHttpEvents } from '../support/event-stream.ts';
import { HttpClient } from '../support/http-client.ts';
import { DEMO_PASSWORD, freshPostgresDatabase, TEST_DATABASE } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

const SKIP =
  TEST_DATABASE === 'postgres'
    ? false
    : 'multi-process runs on PostgreSQL only (TEST_DATABASE=postgres); PGlite serves one process';
if (SKIP) console.log(`SKIPPED: ${SKIP}`);

const CALL = '2025';
const DEADLINE = Date.parse('2025-03-06T16:00:00Z'); // 17:00 Brussels (winter time)
const BEFORE = '2025-02-03T09:00:00Z';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('two server processes on one PostgreSQL', { skip: SKIP }, () => {
  let database: { url: string; drop(): Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  let sql: pg.Client;
  let proposal: string;
  const servers: ServerProcess[] = [];
  const start = async (clockStart: string) => {
    const s = await startServer({ databaseUrl: database.url, clockStart });
    servers.push(s);
    return s;
  };
  const signIn = (server: ServerProcess, who = 'coordinator') =>
    new HttpClient(server.url).signIn(`${who}@demo.alliances.example`, DEMO_PASSWORD);
  const one = async <T>(query: string, params: unknown[] = []) =>
    (await sql.query(query, params)).rows[0] as T;

  before(async () => {
    database = await freshPostgresDatabase();
    const started = await Promise.allSettled([start(BEFORE), start(BEFORE)]);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    [a, b] = servers as [ServerProcess, ServerProcess];
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sql?.end();
    await database?.drop();
  });

  it('started together on an empty database, the platform is migrated and seeded once', async () => {
    const seeded = [a, b].filter((s) => s.output().includes('First start'));
    assert.equal(seeded.length, 1, 'one process prints the demo sign-in details');
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from accounts')).n,
      String(DEMO_ACCOUNTS.length + EXTRA_EXPERTS.length),
      'the demo accounts and the extra experts of the closed demo call',
    );
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from calls')).n,
      '8',
      '2021–2026 and two demo calls',
    );
    assert.equal(
      (await one<{ n: string }>(`select count(*) as n from audit_log where action = 'platform.seed'`)).n,
      '1',
    );
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from proposals')).n,
      String(1 + DEMO_EVALUATION_PROPOSALS.length),
      'one draft demo proposal and the submitted proposals of the closed demo call',
    );
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from kysely_migration')).n,
      String(Object.keys(MIGRATIONS).length),
    );
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from server_secrets')).n,
      '1',
      'one receipt key',
    );
    for (const s of [a, b])
      assert.equal((await new HttpClient(s.url).get('/healthz')).body.database, 'postgres');
  });

  it('a session created on A works on B, and signing out on A ends it on B', async () => {
    const onA = await signIn(a, 'partner1');
    const onB = onA.sameSessionOn(b.url);
    assert.equal(
      (await onB.get('/api/v1/auth/session')).body.account.email,
      'partner1@demo.alliances.example',
    );
    const write = await onB.post('/api/v1/organisations', {
      legalName: 'Written on B',
      country: 'SE',
      type: 'enterprise',
    });
    assert.equal(write.status, 201, 'a write on B with the session and CSRF token made on A');
    assert.equal((await onA.post('/api/v1/auth/sign-out')).status, 200);
    assert.equal((await onB.get('/api/v1/auth/session')).status, 401);
    assert.equal(
      (
        await onB.post('/api/v1/organisations', {
          legalName: 'After sign-out',
          country: 'SE',
          type: 'enterprise',
        })
      ).status,
      401,
    );
  });

  it("changing the password on A ends the account's other sessions on B, which B had in use", async () => {
    const here = await signIn(a, 'partner2');
    const other = await signIn(a, 'partner2');
    const otherOnB = other.sameSessionOn(b.url);
    assert.equal((await otherOnB.get('/api/v1/auth/session')).status, 200, 'B has seen the session');
    const changed = await here.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'a new and longer password for partner two',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal((await otherOnB.get('/api/v1/auth/session')).status, 401, 'ended on B');
    assert.equal((await other.get('/api/v1/auth/session')).status, 401, 'ended on A');
    assert.equal((await here.sameSessionOn(b.url).get('/api/v1/auth/session')).status, 200, 'this one kept');
  });

  it('a write from a stale version on A, after a save on B, gets 409 with what B saved', async () => {
    const onA = await signIn(a);
    const onB = await signIn(b);
    proposal = await eligibleLot1Proposal(onA, CALL);
    const seen = (await onA.get(`/api/v1/proposals/${proposal}`)).body.sections.general;
    const saved = await onB.put(`/api/v1/proposals/${proposal}/sections/general`, {
      version: seen.version,
      data: { ...seen.data, title: 'Saved on B' },
    });
    assert.equal(saved.status, 200);
    const stale = await onA.put(`/api/v1/proposals/${proposal}/sections/general`, {
      version: seen.version,
      data: { ...seen.data, title: 'Saved on A from the old version' },
    });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.currentVersion, seen.version + 1);
    assert.equal(stale.body.current.title, 'Saved on B');
    assert.deepEqual(stale.body.theirChanges, [{ path: 'title', old: seen.data.title, new: 'Saved on B' }]);
  });

  it('a partner opening a section and saving it on B reaches the event stream opened on A', async () => {
    const coordinatorOnA = await signIn(a);
    const partnerOnB = await signIn(b, 'partner1');
    const list = (await coordinatorOnA.get('/api/v1/proposals')).body as { id: string; acronym: string }[];
    const demo = list.find((p) => p.acronym === 'GREENSKILLS')!.id;
    const events = await openHttpEvents(a.url, coordinatorOnA, `/api/v1/proposals/${demo}/events`);
    try {
      assert.equal(events.status, 200);
      await events.next('presence');
      const view = (await partnerOnB.get(`/api/v1/proposals/${demo}`)).body;
      const key: string = view.permissions.editableSections.find((k: string) => k.startsWith('budget:'));
      const opened = await partnerOnB.put(`/api/v1/proposals/${demo}/presence`, { sections: [key] });
      assert.equal(opened.status, 200, JSON.stringify(opened.body));
      const seen = await events.next('presence', (d) => d.editors.length === 1);
      assert.equal(seen.editors[0].section, key);
      assert.equal(seen.editors[0].accountId, partnerOnB.account!.id);
      const section = view.sections[key];
      const saved = await partnerOnB.put(`/api/v1/proposals/${demo}/sections/${encodeURIComponent(key)}`, {
        version: section.version,
        data: section.data,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(await events.next('section-saved'), {
        section: key,
        version: section.version + 1,
        by: { accountId: partnerOnB.account!.id, name: partnerOnB.account!.name },
        byMe: false,
      });
    } finally {
      events.close();
    }
  });

  it('submissions racing on A and B make one version: the others are told nothing changed', async () => {
    const onA = await signIn(a);
    const onB = await signIn(b);
    const race = await Promise.all([
      onA.post(`/api/v1/proposals/${proposal}/submit`),
      onB.post(`/api/v1/proposals/${proposal}/submit`),
    ]);
    // Serialised by the proposal's lock: the second sees the first's version and makes none.
    assert.deepEqual(race.map((r) => r.status).sort(), [200, 201], JSON.stringify(race.map((r) => r.body)));
    assert.deepEqual(
      race.map((r) => r.body.number),
      [1, 1],
    );
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? onA : onB).post(`/api/v1/proposals/${proposal}/submit`)),
    );
    for (const r of burst) {
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.unchanged, true);
      assert.equal(r.body.number, 1);
    }
    const stored = await sql.query(
      'select number, sha256, canonical, receipt_code from submissions where proposal_id = $1',
      [proposal],
    );
    assert.equal(stored.rows.length, 1);
    const receipt = race.find((r) => r.status === 201)!.body;
    assert.equal(stored.rows[0].sha256, receipt.sha256);
    assert.equal(stored.rows[0].receipt_code, receipt.receiptCode);
    assert.equal(sha256(stored.rows[0].canonical), receipt.sha256);
    for (const r of [...race, ...burst]) assert.equal(r.body.receiptCode, receipt.receiptCode);
    assert.equal((await onB.get(`/api/v1/proposals/${proposal}/submissions`)).body.length, 1);
  });

  it('connections that PostgreSQL ends do not stop either process', async () => {
    await sql.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    for (const s of [a, b]) {
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = await new HttpClient(s.url)
          .get('/healthz')
          .then((r) => r.status)
          .catch(() => 0);
        if (status !== 200) await sleep(100);
      }
      assert.equal(status, 200, `the process answers again:\n${s.output().slice(-2000)}`);
      assert.equal(s.child.exitCode, null, 'the process is still running');
    }
  });

  it('the deadline holds on both: restarted with their clocks just before 17:00, both refuse after it', async () => {
    await Promise.all([a.stop(), b.stop()]);
    const edge = new Date(DEADLINE - 1500).toISOString();
    [a, b] = await Promise.all([start(edge), start(edge)]);
    for (const s of [a, b]) {
      assert.ok(!s.output().includes('First start'), 'a restart does not seed again');
      // The clocks run from 16:59:58.5: wait until each process says it is 17:00.
      for (;;) {
        const time = Date.parse((await new HttpClient(s.url).get('/healthz')).body.time);
        if (time >= DEADLINE) break;
        await sleep(100);
      }
    }
    for (const s of [a, b]) {
      const client = await signIn(s);
      const submit = await client.post(`/api/v1/proposals/${proposal}/submit`);
      assert.equal(submit.status, 403, JSON.stringify(submit.body));
      assert.equal(submit.body.error, 'deadline-passed');
      const general = (await client.get(`/api/v1/proposals/${proposal}`)).body.sections.general;
      const save = await client.put(`/api/v1/proposals/${proposal}/sections/general`, {
        version: general.version,
        data: general.data,
      });
      assert.equal(save.status, 403);
      assert.equal(save.body.error, 'deadline-passed');
      assert.equal((await client.get(`/api/v1/proposals/${proposal}/submissions`)).body.length, 1);
    }
    assert.equal(
      (await one<{ n: string }>('select count(*) as n from submissions where proposal_id = $1', [proposal]))
        .n,
      '1',
    );
  });
});
