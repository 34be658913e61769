/**
 * `npm start`: the platform on PORT (default 3000), with PGlite in DATA_DIR (default ./data), or
 * PostgreSQL when DATABASE_URL is set. With more than one worker (WORKERS, see workers.ts) this
 * process migrates and seeds the database, then starts the workers, which share the port.
 */
import cluster from 'node:cluster';
import { secureCookiesFromEnvironment } from './auth/cookie-settings.ts';
import { clockFromEnvironment } from './clock.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { s3SettingsFromEnvironment } from './files/s3-store.ts';
import { trustProxyFromEnvironment } from './http/trust-proxy.ts';
import type { SeededAccount } from './seed/seed.ts';
import { createPlatform, type StartOptions } from './start.ts';
import { poolSize, WorkersSettingError, workerCount } from './workers.ts';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
/** The settings from the environment; a bad value stops the start with its name (see the end). */
const startOptions = (): StartOptions => ({
  dataDir: env.DATABASE_URL ? undefined : (env.DATA_DIR ?? './data'),
  databaseUrl: env.DATABASE_URL,
  poolSize: poolSize(env),
  clock: clockFromEnvironment(env),
  demoPassword: env.ALLIANCES_DEMO_PASSWORD,
  demoEvaluation: env.ALLIANCES_DEMO_EVALUATION !== '0',
  publicUrl,
  secureCookies: secureCookiesFromEnvironment(env, publicUrl),
  logger: env.LOG === '1',
  trustProxy: trustProxyFromEnvironment(env.TRUST_PROXY),
  ...(env.REGISTRATIONS_PER_HOUR && { registrationsPerHour: Number(env.REGISTRATIONS_PER_HOUR) }),
  ...(env.S3_URL && { s3: s3SettingsFromEnvironment(env)! }),
});

/**
 * One write for the whole banner: whoever waits for "running at" on the output (a supervisor,
 * the tests) then also has the one-time sign-in details, never half of it.
 */
function printBanner(where: string, seeded: SeededAccount[] | undefined): void {
  const banner = [
    `Alliances is running at http://localhost:${port} (${where})`,
    `API documentation: http://localhost:${port}/api/docs`,
  ];
  if (seeded) {
    banner.push(
      '',
      'First start: demo call, organisations and accounts created. Sign-in details (shown only this once):',
      ...seeded.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(38)} ${a.password}   ${a.purpose}`),
      '',
    );
  }
  console.log(banner.join('\n'));
}

function onStop(stop: () => Promise<void>): void {
  let stopping = false;
  const once = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', once);
  process.on('SIGTERM', once);
}

/** One process: open, migrate, seed, serve. Also what each cluster worker runs (without seeding). */
async function serve(options: StartOptions, worker: boolean): Promise<void> {
  const platform = await createPlatform(worker ? { ...options, seed: false } : options);
  const address = await platform.app.listen({ port, host });
  if (!worker) printBanner(`${address}; database: ${platform.database.description}`, platform.seeded);
  onStop(() => platform.close());
}

/** The primary of several workers: the database is ready before any worker accepts a request. */
async function supervise(options: StartOptions, workers: number): Promise<void> {
  const platform = await createPlatform(options);
  const { seeded } = platform;
  const description = platform.database.description;
  await platform.close();
  let stopping = false;
  let listening = 0;
  const ready = new Promise<void>((resolve, reject) => {
    cluster.on('listening', () => {
      if (++listening === workers) resolve();
    });
    cluster.on('exit', (_worker, code, signal) => {
      if (stopping) return;
      if (listening < workers) {
        reject(new Error(`A server worker ended while starting (${signal ?? `exit code ${code}`}).`));
        return;
      }
      // A worker that dies while serving is replaced; its requests in flight are lost, as in a
      // crash, and the database rolls back what they had not committed.
      console.error(`A server worker ended (${signal ?? `exit code ${code}`}); starting another.`);
      cluster.fork();
    });
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  await ready;
  printBanner(`${workers} server processes on ${host}:${port}; database: ${description}`, seeded);
  onStop(async () => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      running.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  });
}

try {
  const options = startOptions();
  const workers = cluster.isWorker ? 1 : workerCount(env);
  if (cluster.isWorker) await serve(options, true);
  else if (workers > 1) await supervise(options, workers);
  else await serve(options, false);
} catch (error) {
  if (error instanceof DataDirLockedError || error instanceof WorkersSettingError) {
    console.error(error.message);
    process.exit(1);
  }
  if (cluster.isPrimary) for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  throw error;
}
