/**
 * Starting the platform: open the database (PGlite in a locked folder, or PostgreSQL), bring it
 * to the newest schema, seed demo data on first start, and serve. Used by main.ts and by tests.
 */
import type { FastifyInstance } from 'fastify';
import type { RuleBook } from '../engine/call-definition/types.ts';
import { ruleBook } from '../node/load-rule-book.ts';
import { type AppOptions, buildApp } from './app.ts';
import { secureCookiesFromEnvironment } from './auth/cookie-settings.ts';
import { CallBook } from './calls/call-book.ts';
import { syncCallRows } from './calls/sync-call-rows.ts';
import { type Clock, systemClock } from './clock.ts';
import { type DatabaseOptions, type OpenDatabase, openDatabase } from './db/open-database.ts';
import type { ServerDeps } from './deps.ts';
import { startDeadlineWarnings } from './mail/deadline-warnings.ts';
import { seedDemoEvaluation } from './seed/demo-evaluation.ts';
import { receiptKey, type SeededAccount, seedIfEmpty } from './seed/seed.ts';

export interface StartOptions extends AppOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL connections this process keeps at most (DATABASE_POOL_SIZE). */
  poolSize?: number;
  clock?: Clock;
  /** A known password for every demo account (tests); random otherwise. */
  demoPassword?: string;
  publicUrl?: string;
  secureCookies?: boolean;
  registrationsPerHour?: number;
  /** false: do not seed (a database another process seeds). */
  seed?: boolean;
  /** The call definitions; rules/ as it stands when not given (tests pass changed ones). */
  definitions?: RuleBook;
  /** On first start, also a closed demo call with submitted proposals, to try the evaluation. */
  demoEvaluation?: boolean;
  /** How often the deadline warnings are looked for (ms; default a minute, 0 never). */
  deadlineWarningIntervalMs?: number;
}

export interface Platform {
  app: FastifyInstance;
  deps: ServerDeps;
  database: OpenDatabase;
  /** The demo sign-in details when this start seeded the database, for printing once. */
  seeded: SeededAccount[] | undefined;
  close(): Promise<void>;
}

export async function createPlatform(options: StartOptions = {}): Promise<Platform> {
  const dbOptions: DatabaseOptions = {};
  if (options.dataDir) dbOptions.dataDir = options.dataDir;
  if (options.databaseUrl) dbOptions.databaseUrl = options.databaseUrl;
  if (options.poolSize) dbOptions.poolSize = options.poolSize;
  const database = await openDatabase(dbOptions);
  try {
    const definitions = options.definitions ?? ruleBook();
    const publicUrl = options.publicUrl ?? 'http://localhost:3000';
    const partial = {
      db: database.db,
      dbKind: database.kind,
      clock: options.clock ?? systemClock,
      definitions,
      calls: new CallBook(database.db, definitions),
      receiptKey: '',
      publicUrl,
      secureCookies: options.secureCookies ?? secureCookiesFromEnvironment({}, publicUrl),
      ...(options.registrationsPerHour !== undefined && {
        registrationsPerHour: options.registrationsPerHour,
      }),
    } satisfies ServerDeps;
    const deps: ServerDeps = { ...partial, receiptKey: await receiptKey(partial) };
    // Every start: the call rows follow the definitions (a new year, a corrected date).
    await syncCallRows(database.db, definitions, partial.clock.now());
    let seeded = options.seed === false ? undefined : await seedIfEmpty(deps, options.demoPassword);
    if (seeded && options.demoEvaluation)
      seeded = [...seeded, ...(await seedDemoEvaluation(deps, options.demoPassword))];
    await deps.calls.reload();
    const app = await buildApp(deps, options);
    const interval = options.deadlineWarningIntervalMs ?? 60_000;
    const warnings = interval > 0 ? startDeadlineWarnings(deps, interval) : undefined;
    return {
      app,
      deps,
      database,
      seeded,
      close: async () => {
        await warnings?.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
