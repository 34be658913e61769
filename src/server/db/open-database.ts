/**
 * Opens the database: PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR (locked
 * to this process). Both behind Kysely's PostgreSQL dialect, so every query is the same SQL.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';
import { PGlitePool } from './pglite-pool.ts';
import { namePreparedStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';
import { assertNotInTransaction } from './transaction-guard.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where it lives, for the start-up message (never contains a password). */
  description: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL. */
  databaseUrl?: string;
  /** A folder for PGlite; undefined means in memory (tests). */
  dataDir?: string;
  /** PostgreSQL connections this process keeps at most (default DEFAULT_POOL_SIZE). */
  poolSize?: number;
}

/**
 * Every transaction holds a connection for all its round trips, and at a deadline hundreds of
 * saves wait for one: 20 per process keeps PostgreSQL busy without crowding it (with WORKERS
 * processes per server and several servers, mind max_connections, 100 by default).
 */
export const DEFAULT_POOL_SIZE = 20;

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
    });
    // An idle connection that PostgreSQL ends (a restart, pg_terminate_backend, a closing pool)
    // emits an error on the pool; unheard, it would end the process. The pool replaces it.
    pool.on('error', (error) => {
      console.error(`An idle PostgreSQL connection was closed: ${error.message}`);
    });
    const guarded: PostgresPool = {
      connect: async () => {
        assertNotInTransaction();
        return namePreparedStatements(await pool.connect()) as unknown as PostgresPoolClient;
      },
      end: () => pool.end(),
    };
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded }) });
    await migrateToLatest(db as Kysely<unknown>);
    const url = new URL(options.databaseUrl);
    return {
      db,
      kind: 'postgres',
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => db.destroy(),
    };
  }
  let lock: DataDirLock | undefined;
  if (options.dataDir) lock = lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) }) });
    await migrateToLatest(db as Kysely<unknown>);
    return {
      db,
      kind: 'pglite',
      description: options.dataDir ? `PGlite in ${options.dataDir}` : 'PGlite in memory',
      close: async () => {
        await db.destroy();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** count(*) is a string from pg and a number from PGlite. */
export function toCount(value: unknown): number {
  return typeof value === 'bigint' ? Number(value) : Number(value ?? 0);
}
