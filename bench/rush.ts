/**
 * `npm run bench:rush`: the last hour before a deadline, against the real server.
 *
 * A server process (src/server/main.ts) on a fresh database; N applicants (default 500), each
 * with an account and an eligible proposal of their own, over HTTP with keep-alive connections,
 * save two sections and resubmit, again and again with no pause, for M minutes (default 1). Then
 * the server is killed with kill -9 in the middle of the rush and restarted on the same data, and
 * every submission an applicant was told had succeeded is read back: it must be there with its
 * receipt's hash. Per database (PostgreSQL, PGlite in a folder; default both):
 *
 *   operations and throughput; p50 and p99 latency of a section save and of a submission; the
 *   CPU per operation of the server's processes, of PostgreSQL's processes and of the
 *   benchmark's own clients (which share the cores), and how much of the rush the cores were
 *   idle (none idle: the machine, not the server's design, is the limit); the errors by status; the ratio to raw single-row commits on the same database;
 *   the crash run.
 *
 * The raw commits are the same number of concurrent clients doing `begin; insert one row;
 * commit` directly against the same database, with nothing else: on PostgreSQL through a pool of
 * 10 connections (the server had 10 in one process before it ran a pool of 20 in each of WORKERS
 * processes; kept at 10 so that the figure compares with earlier runs), on PGlite in one
 * process (PGlite serves one process, as it does the server) on a file-backed database like the
 * server's. Every server operation commits at least one transaction, so the ratio says how much
 * of the database's commit rate the whole platform (HTTP, sessions, policies, the review of the
 * proposal after every save, the canonical JSON and receipt of every submission) keeps. The
 * benchmark's own clients share the machine's cores with the server.
 *
 *   npm run bench:rush -- [--applicants N] [--minutes M] [--db postgres|pglite|both]
 *   npm run bench:rush -- --against REV [--pairs P] [--applicants N] [--minutes M]
 *
 * The last line is `ratio: N`: the server's operations/s ÷ raw commits/s on PostgreSQL. With
 * --against, the rush on PostgreSQL of this checkout and of the commit REV, P alternating pairs
 * (bench/rush-against.ts), and the last line is `ratio to REV: N`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, serverStaleReason } from '../scripts/lib/server-build.mjs';
import { HttpClient } from '../tests/support/http-client.ts';
import { uploadPackageFiles } from '../tests/support/package-files.ts';
import { DEMO_PASSWORD, freshPostgresDatabase } from '../tests/support/platform.ts';
import { eligibleLot1Proposal } from '../tests/support/proposals.ts';
import { type ServerOptions, type ServerProcess, startServer } from '../tests/support/server-process.ts';
import { commandCpuSeconds, machineCpuSeconds, treeCpuSeconds } from './process-cpu.ts';
import { rawCommits } from './raw-commits.ts';

const { values } = parseArgs({
  options: {
    applicants: { type: 'string', default: '500' },
    minutes: { type: 'string', default: '1' },
    db: { type: 'string', default: 'both' },
    against: { type: 'string' },
    pairs: { type: 'string', default: '2' },
  },
});
const APPLICANTS = Number(values.applicants);
const MINUTES = Number(values.minutes);
if (!Number.isInteger(APPLICANTS) || APPLICANTS < 1) throw new Error('--applicants: a whole number from 1');
if (!(MINUTES > 0)) throw new Error('--minutes: a number above 0');
if (!['postgres', 'pglite', 'both'].includes(values.db!)) throw new Error('--db: postgres, pglite or both');
const DATABASES = (values.db === 'both' ? ['postgres', 'pglite'] : [values.db]) as ('postgres' | 'pglite')[];
if (values.against !== undefined) {
  // Against an earlier commit: alternating runs of both on PostgreSQL (bench/rush-against.ts).
  const pairs = Number(values.pairs);
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error('--pairs: a whole number from 1');
  const { rushAgainst } = await import('./rush-against.ts');
  await rushAgainst(values.against, { pairs, applicants: APPLICANTS, minutes: MINUTES });
  process.exit(0);
}
// The server runs as `npm start` runs it: compiled, with its default number of workers (WORKERS).
if (serverStaleReason()) await buildServer();
const REQUEST_TIMEOUT_MS = 120_000;
const RAW_SECONDS = 10;

type Kind = 'section save' | 'submit';
type Sections = Record<string, { version: number; data: any }>;
type Applicant = { client: HttpClient; id: string; sections: Sections };
interface Ack {
  client: HttpClient;
  proposalId: string;
  number: number;
  sha256: string;
  receiptCode: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => n / (ms / 1000);
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/** The applicants: an account each, and an eligible proposal each (an import of one built through the API). */
async function prepare(server: ServerProcess, agent: http.Agent) {
  const coordinator = await new HttpClient(server.url, agent, REQUEST_TIMEOUT_MS).signIn(
    'coordinator@demo.alliances.example',
    DEMO_PASSWORD,
  );
  const template = await eligibleLot1Proposal(coordinator, 'demo');
  const file = (await coordinator.get(`/api/v1/proposals/${template}/export.json`)).body;
  const people = await mapLimit(
    Array.from({ length: APPLICANTS }, (_, i) => i),
    16,
    async (i) => {
      const client = await new HttpClient(server.url, agent, REQUEST_TIMEOUT_MS).register(
        `applicant-${i}@bench.example`,
        `Applicant ${i}`,
      );
      const imported = await client.post('/api/v1/proposals/import', file);
      if (imported.status !== 201)
        throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
      // An import copies the proposal, not its files: each applicant uploads the package.
      await uploadPackageFiles(client, imported.body.id);
      const sections = imported.body.sections;
      return {
        client,
        id: imported.body.id as string,
        sections: { general: sections.general, 'answers:quality': sections['answers:quality'] } as Sections,
      };
    },
  );
  // Everyone has been on the site before the rush: one connection each, open and kept alive.
  await Promise.all(people.map((p) => p.client.get('/api/v1/auth/session')));
  return people;
}

/** Everyone saves two sections and resubmits, with no pause, until the server is killed at the end. */
async function rush(server: ServerProcess, people: Applicant[], kind: 'postgres' | 'pglite') {
  const latency: Record<Kind, number[]> = { 'section save': [], submit: [] };
  const errors = new Map<string, number>();
  const acks: Ack[] = [];
  let killed = false;
  let cutOff = 0;
  /** The start of every request not answered yet. */
  const waiting = new Set<{ since: number }>();
  const answered = new Set<string>();
  const call = async (
    kind: Kind,
    id: string,
    send: () => Promise<{ status: number; body: any }>,
    ok: number,
  ) => {
    const t = performance.now();
    const mark = { since: t };
    waiting.add(mark);
    try {
      const res = await send();
      if (!killed) answered.add(id);
      if (res.status === ok) {
        latency[kind].push(performance.now() - t);
        return res.body;
      }
      const key = `${kind} ${res.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
      return undefined;
    } catch (error) {
      if (killed) cutOff++;
      else {
        const key = `${kind} ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.slice(0, 40)}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
      return undefined;
    } finally {
      waiting.delete(mark);
    }
  };
  const loop = async ({ client, id, sections }: Applicant) => {
    const save = async (key: string, change: (data: any) => any) => {
      const s = sections[key]!;
      const body = await call(
        'section save',
        id,
        () =>
          client.put(`/api/v1/proposals/${id}/sections/${key}`, { version: s.version, data: change(s.data) }),
        200,
      );
      if (body) sections[key] = { version: body.saved.version, data: body.saved.data };
    };
    for (let round = 1; !killed; round++) {
      await save('general', (d) => ({ ...d, title: `An alliance for the deadline, draft ${round}` }));
      if (killed) break;
      await save('answers:quality', () => ({
        text: `Quality, as written in draft ${round}: a considered answer.`,
      }));
      if (killed) break;
      const receipt = await call('submit', id, () => client.post(`/api/v1/proposals/${id}/submit`), 201);
      // A 201 that arrives is an acknowledgement, even one that left the server as it was killed.
      if (receipt) acks.push({ client, proposalId: id, ...receipt });
    }
  };
  const started = performance.now();
  const cpuBefore = {
    server: treeCpuSeconds(server.pid),
    clients: process.cpuUsage(),
    // PostgreSQL's own processes (their CPU is not the server's); PGlite runs inside the server.
    database: kind === 'postgres' ? commandCpuSeconds('postgres') : undefined,
    machine: machineCpuSeconds(),
  };
  const running = Promise.all(people.map(loop));
  await new Promise((resolve) => setTimeout(resolve, MINUTES * 60_000));
  const elapsed = performance.now() - started;
  const serverCpu = treeCpuSeconds(server.pid);
  const clientCpu = process.cpuUsage(cpuBefore.clients);
  const databaseCpu = kind === 'postgres' ? commandCpuSeconds('postgres') : undefined;
  const machineCpu = machineCpuSeconds();
  const cpu = {
    database:
      databaseCpu === undefined || cpuBefore.database === undefined
        ? undefined
        : databaseCpu - cpuBefore.database,
    idleShare:
      machineCpu === undefined || cpuBefore.machine === undefined
        ? undefined
        : (machineCpu.idle - cpuBefore.machine.idle) /
          (machineCpu.idle - cpuBefore.machine.idle + machineCpu.busy - cpuBefore.machine.busy),
    server:
      serverCpu === undefined || cpuBefore.server === undefined ? undefined : serverCpu - cpuBefore.server,
    clients: (clientCpu.user + clientCpu.system) / 1e6,
  };
  const done = { saves: latency['section save'].length, submits: latency.submit.length };
  const inFlightAtKill = waiting.size;
  const now = performance.now();
  const oldestWaitingMs = Math.max(0, ...[...waiting].map((w) => now - w.since));
  const diedEarly = server.child.exitCode !== null || server.child.signalCode !== null;
  if (diedEarly) console.log(`THE SERVER DIED DURING THE RUSH:\n${server.output().slice(-3000)}`);
  killed = true;
  await server.kill9();
  await running;
  return {
    latency,
    errors,
    acks,
    elapsed,
    cpu,
    done,
    inFlightAtKill,
    cutOff,
    answered: answered.size,
    oldestWaitingMs,
  };
}

/** Every acknowledged submission, read back from the restarted server by the applicant who made it. */
async function verify(server: ServerProcess, acks: Ack[]) {
  let found = 0;
  let intact = 0;
  await mapLimit(acks, 32, async (ack) => {
    const res = await ack.client
      .sameSessionOn(server.url)
      .get(`/api/v1/proposals/${ack.proposalId}/submissions/${ack.number}`);
    if (res.status !== 200) return;
    found++;
    if (
      res.body.receipt.sha256 === ack.sha256 &&
      res.body.receipt.receiptCode === ack.receiptCode &&
      sha256(res.body.canonical) === ack.sha256
    )
      intact++;
  });
  return { found, intact };
}

async function runOn(kind: 'postgres' | 'pglite'): Promise<{ ratio: number }> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const servers: ServerProcess[] = [];
  try {
    let options: ServerOptions;
    let rawTarget: string;
    if (kind === 'postgres') {
      const database = await freshPostgresDatabase();
      cleanups.push(() => database.drop());
      options = { databaseUrl: database.url };
      rawTarget = database.url;
    } else {
      const folder = mkdtempSync(join(tmpdir(), 'alliances-rush-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      options = { dataDir: join(folder, 'server') };
      rawTarget = join(folder, 'raw');
    }
    const name = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    console.log(`\n== ${name}: ${APPLICANTS} applicants, ${MINUTES} min`);
    const raw = await rawCommits(kind, rawTarget, APPLICANTS, RAW_SECONDS);
    const how =
      kind === 'postgres'
        ? `${APPLICANTS} concurrent clients over a pool of 10 connections`
        : `${APPLICANTS} concurrent clients on one PGlite in a folder, in one process`;
    console.log(`raw commits (begin; insert one row; commit), ${how}: ${raw.toFixed(0)} commits/s`);

    let t = performance.now();
    const server = await startServer({ ...options, compiled: true, readyTimeoutMs: 120_000 });
    servers.push(server);
    const processes = /\((\d+) server processes/.exec(server.output())?.[1] ?? '1';
    console.log(
      `server (${processes} process${processes === '1' ? '' : 'es'}) started in ${seconds(performance.now() - t)} s`,
    );
    const agent = new http.Agent({
      keepAlive: true,
      maxSockets: APPLICANTS + 16,
      maxFreeSockets: APPLICANTS + 16,
    });
    t = performance.now();
    const people = await prepare(server, agent);
    console.log(
      `setup: ${people.length} accounts, each with an eligible proposal, in ${seconds(performance.now() - t)} s`,
    );

    const r = await rush(server, people, kind);
    const ops = r.done.saves + r.done.submits;
    const throughput = rate(ops, r.elapsed);
    console.log(`operations: ${ops} in ${seconds(r.elapsed)} s = ${throughput.toFixed(1)} ops/s`);
    for (const k of ['section save', 'submit'] as const) {
      const sorted = [...r.latency[k]].sort((a, b) => a - b);
      console.log(
        `  ${k.padEnd(12)} ${String(sorted.length).padStart(7)} ok  p50 ${percentile(sorted, 50).toFixed(0).padStart(6)} ms  p99 ${percentile(sorted, 99).toFixed(0).padStart(6)} ms`,
      );
    }
    // CPU per operation is steadier than operations/s on a machine that others load too.
    const perOp = (s: number) => ((s * 1000) / ops).toFixed(2);
    console.log(
      `CPU per operation: server ${r.cpu.server === undefined ? '(no /proc)' : `${perOp(r.cpu.server)} ms`} (all its processes), ${r.cpu.database === undefined ? '' : `PostgreSQL's processes ${perOp(r.cpu.database)} ms, `}the benchmark's own clients ${perOp(r.cpu.clients)} ms`,
    );
    if (r.cpu.idleShare !== undefined)
      console.log(`the machine's cores were idle ${(r.cpu.idleShare * 100).toFixed(1)} % of the rush`);
    const errors = [...r.errors].map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`errors by status: ${errors || 'none'}`);
    console.log(
      `applicants answered at least once: ${r.answered} of ${APPLICANTS}; unanswered at the end: ${r.inFlightAtKill} requests, the oldest waiting ${seconds(r.oldestWaitingMs)} s`,
    );
    const ratio = throughput / raw;
    console.log(
      `ratio to raw commits: ${ratio.toFixed(4)} (${throughput.toFixed(1)} ops/s ÷ ${raw.toFixed(0)} commits/s)`,
    );

    console.log(`crash: kill -9 with ${r.inFlightAtKill} requests in flight (${r.cutOff} cut off)`);
    t = performance.now();
    const restarted = await startServer({ ...options, compiled: true, readyTimeoutMs: 120_000 });
    servers.push(restarted);
    console.log(
      `restarted on the same ${kind === 'postgres' ? 'database' : 'folder'} in ${seconds(performance.now() - t)} s`,
    );
    const { found, intact } = await verify(restarted, r.acks);
    console.log(`acknowledged: ${r.acks.length}, found after restart: ${found}, hashes intact: ${intact}`);
    if (found !== r.acks.length || intact !== r.acks.length)
      console.log('LOST OR DAMAGED: acknowledged submissions missing or changed after the restart');
    agent.destroy();
    return { ratio };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const c of cleanups.reverse()) await c();
  }
}

const ratios: Partial<Record<'postgres' | 'pglite', number>> = {};
for (const kind of DATABASES) ratios[kind] = (await runOn(kind)).ratio;
const last = ratios.postgres ?? ratios.pglite!;
if (ratios.postgres === undefined) console.log('(PostgreSQL not run: the ratio below is PGlite’s)');
console.log(`ratio: ${last.toFixed(4)}`);
