/**
 * A crash in the deadline rush: a real server process, applicants saving and submitting at
 * once, kill -9 while requests are in flight, a restart on the same data. Every submission an
 * applicant was told had succeeded (a 201 received) must be there after the restart, its stored
 * canonical text still hashing to the receipt's SHA-256. PGlite in a folder always; PostgreSQL
 * too when TEST_DATABASE=postgres. Also: a second process is refused the PGlite folder of a
 * running one, and the lock file a killed process leaves does not stop the restart.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HttpClient } from '../support/http-client.ts';
import { uploadPackageFiles } from '../support/package-files.ts';
import { DEMO_PASSWORD, freshPostgresDatabase, TEST_DATABASE } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';
import {
  type ServerOptions,
  type ServerProcess,
  spawnServer,
  startServer,
} from '../support/server-process.ts';

const APPLICANTS = 20;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Ack {
  client: HttpClient;
  proposalId: string;
  number: number;
  sha256: string;
  receiptCode: string;
}

/** Applicants, each with an eligible proposal of their own (an import of one built through the API). */
async function applicants(server: ServerProcess, n: number): Promise<{ client: HttpClient; id: string }[]> {
  const coordinator = await new HttpClient(server.url).signIn(
    'coordinator@demo.alliances.example',
    DEMO_PASSWORD,
  );
  const template = await eligibleLot1Proposal(coordinator, 'demo');
  const file = (await coordinator.get(`/api/v1/proposals/${template}/export.json`)).body;
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const client = await new HttpClient(server.url).register(`rush-${i}@example.org`, `Applicant ${i}`);
      const imported = await client.post('/api/v1/proposals/import', file);
      assert.equal(imported.status, 201, JSON.stringify(imported.body).slice(0, 300));
      // An import copies the proposal, not its files: each applicant uploads the package.
      await uploadPackageFiles(client, imported.body.id);
      return { client, id: imported.body.id as string };
    }),
  );
}

/**
 * Every applicant saves a section and submits, over and over, until the server dies under them.
 * Returns the submissions acknowledged with a 201, and how many requests were in flight at the kill.
 */
async function rushAndKill(server: ServerProcess, people: { client: HttpClient; id: string }[]) {
  const acks: Ack[] = [];
  let inFlight = 0;
  let dead = false;
  const loop = async ({ client, id }: { client: HttpClient; id: string }) => {
    let general = (await client.get(`/api/v1/proposals/${id}`)).body.sections.general;
    for (let round = 1; !dead; round++) {
      try {
        inFlight++;
        const saved = await client.put(`/api/v1/proposals/${id}/sections/general`, {
          version: general.version,
          data: { ...general.data, title: `Rush round ${round}` },
        });
        inFlight--;
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        general = { version: saved.body.saved.version, data: saved.body.saved.data };
        inFlight++;
        const submitted = await client.post(`/api/v1/proposals/${id}/submit`);
        inFlight--;
        assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
        acks.push({ client, proposalId: id, ...submitted.body });
      } catch (error) {
        inFlight--;
        if (!dead) throw error;
      }
    }
  };
  let failed: unknown;
  const running = Promise.all(people.map(loop)).catch((error) => {
    failed = error;
  });
  // Let the rush build up, then kill the server in the middle of it.
  while (acks.length < 2 * people.length && failed === undefined) await sleep(20);
  const inFlightAtKill = inFlight;
  dead = true;
  const status = await server.kill9();
  await running;
  if (failed !== undefined) throw failed;
  return { acks, inFlightAtKill, status };
}

/** Every acknowledged submission, read back from the restarted server by the applicant who made it. */
async function verify(server: ServerProcess, acks: Ack[]) {
  let found = 0;
  let intact = 0;
  for (const ack of acks) {
    const client = ack.client.sameSessionOn(server.url);
    const res = await client.get(`/api/v1/proposals/${ack.proposalId}/submissions/${ack.number}`);
    if (res.status !== 200) continue;
    found++;
    if (
      res.body.receipt.sha256 === ack.sha256 &&
      res.body.receipt.receiptCode === ack.receiptCode &&
      sha256(res.body.canonical) === ack.sha256
    )
      intact++;
  }
  return { found, intact };
}

async function crashAndRestart(options: ServerOptions) {
  const first = await startServer(options);
  let rushed: Awaited<ReturnType<typeof rushAndKill>>;
  let people: Awaited<ReturnType<typeof applicants>>;
  try {
    people = await applicants(first, APPLICANTS);
    rushed = await rushAndKill(first, people);
  } finally {
    await first.kill9();
  }
  const { acks, inFlightAtKill, status } = rushed;
  assert.equal(status.signal, 'SIGKILL');
  assert.ok(inFlightAtKill > 0, 'the server was killed with requests in flight');
  assert.ok(acks.length >= 2 * APPLICANTS);
  if (options.dataDir) {
    const lock = join(options.dataDir, 'alliances.lock');
    assert.ok(existsSync(lock), 'kill -9 leaves the lock file behind');
    assert.equal(readFileSync(lock, 'utf8'), String(first.pid));
  }
  const second = await startServer(options);
  try {
    assert.ok(!second.output().includes('First start'), 'the restart finds the data: no new seed');
    const { found, intact } = await verify(second, acks);
    console.log(`acknowledged: ${acks.length}, found after restart: ${found}, hashes intact: ${intact}`);
    assert.equal(found, acks.length, 'every acknowledged submission is there after the restart');
    assert.equal(intact, acks.length, 'and hashes to its receipt');
    // The applicants carry on where they were.
    // (A change first: submitting the version that counts again would make no new one.)
    const { client, id } = people[0]!;
    const again = client.sameSessionOn(second.url);
    await saveSection(again, id, 'general', (d) => ({ ...d, title: 'After the restart' }));
    assert.equal((await again.post(`/api/v1/proposals/${id}/submit`)).status, 201);
  } finally {
    await second.stop();
  }
}

describe('kill -9 in the rush, PGlite in a folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliances-crash-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a second process on the folder of a running one is refused with a clear message; the first keeps working', async () => {
    const first = await startServer({ dataDir });
    try {
      const second = await spawnServer({ dataDir });
      const refusal = setTimeout(() => second.child.kill('SIGKILL'), 60_000);
      const status = await second.exited;
      clearTimeout(refusal);
      assert.equal(status.code, 1);
      assert.match(
        second.output(),
        new RegExp(
          `data folder ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by process ${first.pid}`,
        ),
      );
      const client = await new HttpClient(first.url).signIn(
        'coordinator@demo.alliances.example',
        DEMO_PASSWORD,
      );
      assert.equal((await client.get('/healthz')).status, 200);
      const write = await client.post('/api/v1/organisations', {
        legalName: 'Still writable',
        country: 'SE',
        type: 'enterprise',
      });
      assert.equal(write.status, 201);
    } finally {
      await first.stop();
    }
    assert.ok(!existsSync(join(dataDir, 'alliances.lock')), 'a clean stop releases the lock');
  });

  it(`${APPLICANTS} applicants submitting: every acknowledged submission survives kill -9 and the restart`, async () => {
    await crashAndRestart({ dataDir });
  });
});

describe('kill -9 in the rush, PostgreSQL', {
  skip: TEST_DATABASE === 'postgres' ? false : 'runs when TEST_DATABASE=postgres',
}, () => {
  it(`${APPLICANTS} applicants submitting: every acknowledged submission survives kill -9 and the restart`, async () => {
    const database = await freshPostgresDatabase();
    try {
      await crashAndRestart({ databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  });
});
