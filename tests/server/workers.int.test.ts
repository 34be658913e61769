/**
 * Several workers behind one port (WORKERS, node:cluster) on one PostgreSQL, as `npm start` runs
 * on PostgreSQL by default: the first process migrates and seeds before any worker serves, the
 * workers answer the same sessions and saves, and when the first process is killed with kill -9
 * its workers end with it, so a restart finds the port free. PostgreSQL only.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient } from '../support/http-client.ts';
import { DEMO_PASSWORD, freshPostgresDatabase, TEST_DATABASE } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

const SKIP =
  TEST_DATABASE === 'postgres'
    ? false
    : 'workers run on PostgreSQL only (TEST_DATABASE=postgres); PGlite serves one process';
if (SKIP) console.log(`SKIPPED: ${SKIP}`);

/** The processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  const ps = spawnSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // A zombie (ended, not yet reaped) counts as ended.
    const stat = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false;
  }
};

describe('two workers behind one port', { skip: SKIP }, () => {
  let database: { url: string; drop(): Promise<void> };
  let server: ServerProcess;

  before(async () => {
    database = await freshPostgresDatabase();
    server = await startServer({
      databaseUrl: database.url,
      clockStart: '2025-02-03T09:00:00Z',
      env: { WORKERS: '2' },
      readyTimeoutMs: 180_000,
    });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('starts two workers once the database is seeded, and says so', () => {
    assert.match(server.output(), /Alliances is running at .*\(2 server processes on /);
    assert.equal(server.output().split('First start').length, 2, 'the demo sign-in details once');
    assert.equal(childrenOf(server.pid).length, 2);
  });

  it('one session saves and submits across the workers, over new connections each time', async () => {
    const coordinator = await new HttpClient(server.url).signIn(
      'coordinator@demo.alliances.example',
      DEMO_PASSWORD,
    );
    const id = await eligibleLot1Proposal(coordinator, 'demo');
    const view = await coordinator.get(`/api/v1/proposals/${id}`);
    let version = view.body.sections.general.version as number;
    for (let round = 1; round <= 6; round++) {
      // A new connection each round (no keep-alive), which the cluster hands to either worker.
      const saved = await coordinator.request(
        'PUT',
        `/api/v1/proposals/${id}/sections/general`,
        { version, data: { ...view.body.sections.general.data, title: `Round ${round}` } },
        { connection: 'close' },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.saved.version, version + 1);
      assert.equal(saved.body.sections.general.data.title, `Round ${round}`);
      assert.equal(saved.body.review.submittable, true);
      version = saved.body.saved.version;
    }
    const submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  });

  it('kill -9 of the first process ends its workers too', async () => {
    const workers = childrenOf(server.pid);
    assert.equal(workers.length, 2);
    await server.kill9();
    for (let i = 0; i < 100 && workers.some(alive); i++) await sleep(100);
    assert.deepEqual(workers.filter(alive), [], 'no worker is left serving the port');
  });
});
