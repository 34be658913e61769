/**
 * How many server processes serve one port (node:cluster). WORKERS sets it; without it, one on
 * PGlite (PGlite is one process's database: a second process cannot open the folder) and one per
 * core on PostgreSQL, where every process has its own connection pool on the same database and
 * any of them accepts any session (tests/server/multi-process.int.test.ts).
 */
import { availableParallelism } from 'node:os';

export class WorkersSettingError extends Error {}

export function workerCount(env: NodeJS.ProcessEnv, cores: number = availableParallelism()): number {
  const onPostgres = Boolean(env.DATABASE_URL);
  const raw = env.WORKERS?.trim();
  if (raw === undefined || raw === '') return onPostgres ? Math.max(1, cores) : 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new WorkersSettingError(`WORKERS: expected a whole number from 1, got "${env.WORKERS}".`);
  }
  if (n > 1 && !onPostgres) {
    throw new WorkersSettingError(
      `WORKERS=${n} needs PostgreSQL (DATABASE_URL): PGlite serves one process. Leave WORKERS unset or 1.`,
    );
  }
  return n;
}

/** DATABASE_POOL_SIZE: PostgreSQL connections per process; undefined leaves the default. */
export function poolSize(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new WorkersSettingError(
      `DATABASE_POOL_SIZE: expected a whole number from 1, got "${env.DATABASE_POOL_SIZE}".`,
    );
  }
  return n;
}
