/**
 * Real server processes for tests and benchmarks: `node --import tsx src/server/main.ts` (or the
 * compiled dist/server/main.js) on a free port, with PGlite in a folder or PostgreSQL at a URL. Every process started here is killed when
 * the test process exits, even when a test fails half-way.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './platform.ts';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(REPOSITORY_ROOT, 'src/server/main.ts');
const COMPILED_MAIN = join(REPOSITORY_ROOT, 'dist/server/main.js');

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port nobody listens on now (main.ts needs a number: PORT=0 is not supported). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServerOptions {
  /** PGlite in this folder (locked to the process). */
  dataDir?: string;
  /** PostgreSQL. */
  databaseUrl?: string;
  /** ALLIANCES_CLOCK_START: the instant the server's clock starts from. */
  clockStart?: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Run the compiled server (dist/server/main.js, as `npm start` does) instead of the sources. */
  compiled?: boolean;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnedServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<ExitStatus>;
}

export interface ServerProcess extends SpawnedServer {
  pid: number;
  /** kill -9: no clean-up in the process (the lock file of a PGlite folder stays behind). */
  kill9(): Promise<ExitStatus>;
  /** SIGTERM, and SIGKILL if it has not ended after `graceMs`. */
  stop(graceMs?: number): Promise<ExitStatus>;
}

/** Starts the process and returns at once: for a start that is expected to fail. */
export async function spawnServer(options: ServerOptions, port?: number): Promise<SpawnedServer> {
  const chosen = port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(chosen),
    HOST: '127.0.0.1',
    ALLIANCES_DEMO_PASSWORD: DEMO_PASSWORD,
    // Crash tests and the rush benchmark register hundreds of applicants from this one address.
    REGISTRATIONS_PER_HOUR: '1000000',
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  delete env.ALLIANCES_CLOCK_START;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.DATA_DIR = options.dataDir;
  if (options.clockStart) env.ALLIANCES_CLOCK_START = options.clockStart;
  const command = options.compiled ? ['--enable-source-maps', COMPILED_MAIN] : ['--import', 'tsx', MAIN];
  const child = spawn(process.execPath, command, {
    cwd: REPOSITORY_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  child.stdout!.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  child.stderr!.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, port: chosen, url: `http://127.0.0.1:${chosen}`, output: () => text, exited };
}

/** Starts a server and waits until it listens. */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const spawned = await spawnServer(options);
    const ready = await new Promise<'ready' | 'exited' | 'timeout'>((resolve) => {
      // A guard against a hang, not a speed check: PGlite's recovery after kill -9 on a machine
      // whose cores are busy with other suites has taken over a minute.
      const timer = setTimeout(() => resolve('timeout'), options.readyTimeoutMs ?? 180_000);
      const onData = () => {
        if (spawned.output().includes('Alliances is running at')) {
          clearTimeout(timer);
          resolve('ready');
        }
      };
      spawned.child.stdout!.on('data', onData);
      onData();
      spawned.exited.then(() => {
        clearTimeout(timer);
        resolve('exited');
      });
    });
    if (ready === 'ready') {
      const child = spawned.child;
      const signal = async (sig: NodeJS.Signals, graceMs?: number): Promise<ExitStatus> => {
        if (child.exitCode === null && child.signalCode === null) child.kill(sig);
        if (graceMs === undefined) return spawned.exited;
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const status = await spawned.exited;
        clearTimeout(timer);
        return status;
      };
      return {
        ...spawned,
        pid: child.pid!,
        kill9: () => signal('SIGKILL'),
        stop: (graceMs = 10_000) => signal('SIGTERM', graceMs),
      };
    }
    spawned.child.kill('SIGKILL');
    await spawned.exited;
    // Another process may have taken the port between freePort() and listen(): try another.
    if (ready === 'exited' && spawned.output().includes('EADDRINUSE') && attempt < 3) continue;
    throw new Error(`the server did not start (${ready}):\n${spawned.output()}`);
  }
}
