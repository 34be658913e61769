/**
 * Starting the platform: open the database (PGlite in a locked folder, or PostgreSQL), bring it
 * to the newest schema, seed demo data on first start, and serve. Used by main.ts and by tests.
 */
import type { FastifyInstance } from 'fastify';
import type { RuleBook } from '../engine/call-definition/types.ts';
import { ruleBook } from '../node/load-rule-book.ts';
import { type AppOptions, buildApp } from './app.ts';
import { secureCookiesFromEnvironment } from './auth/cookie-settings.ts';
import { SessionCache } from './auth/session-cache.ts';
import { listenForEndedSessions, type SessionListener } from './auth/session-listener.ts';
import { CallBook } from './calls/call-book.ts';
import { syncCallRows } from './calls/sync-call-rows.ts';
import { type Clock, systemClock } from './clock.ts';
import { type DatabaseOptions, type OpenDatabase, openDatabase } from './db/open-database.ts';
import type { ServerDeps } from './deps.ts';
import { removeAbandonedUploads } from './files/cleanup.ts';
import { fileStoreOf } from './files/proposal-files.ts';
import { type S3Settings, s3FileStore } from './files/s3-store.ts';
import { startDeadlineWarnings } from './mail/deadline-warnings.ts';
import { openEventHub } from './proposals/events/open-hub.ts';
import { seedDemoEvaluation } from './seed/demo-evaluation.ts';
import { uploadDemoDraftFiles } from './seed/demo-files.ts';
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
  /** The S3-compatible store for the submission package's files; the database when not given. */
  s3?: S3Settings;
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
  let listener: SessionListener | undefined;
  try {
    // On PostgreSQL a request's session comes from this process's cache while it hears of every
    // ended session; PGlite answers in-process, with no round trip to save.
    let sessionCache: SessionCache | undefined;
    if (options.databaseUrl) {
      sessionCache = new SessionCache();
      listener = await listenForEndedSessions(options.databaseUrl, sessionCache);
    }
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
      ...(sessionCache && { sessionCache }),
      ...(options.registrationsPerHour !== undefined && {
        registrationsPerHour: options.registrationsPerHour,
      }),
      ...(options.s3 && { fileStore: s3FileStore(options.s3) }),
    } satisfies ServerDeps;
    const events = await openEventHub(database, options.databaseUrl);
    const deps: ServerDeps = { ...partial, receiptKey: await receiptKey(partial), events };
    // Every start: the call rows follow the definitions (a new year, a corrected date).
    await syncCallRows(database.db, definitions, partial.clock.now());
    let seeded = options.seed === false ? undefined : await seedIfEmpty(deps, options.demoPassword);
    if (seeded && options.demoEvaluation)
      seeded = [...seeded, ...(await seedDemoEvaluation(deps, options.demoPassword))];
    await deps.calls.reload();
    if (seeded) await uploadDemoDraftFiles(deps);
    // Uploads a crash interrupted: on PGlite this process is the only one, so every unfinished
    // upload is abandoned; on a shared PostgreSQL another process may be receiving one.
    const abandonedBefore = new Date(
      partial.clock.now().getTime() - (database.kind === 'pglite' ? 0 : 3_600_000),
    );
    const removed = await removeAbandonedUploads(database.db, fileStoreOf(deps), abandonedBefore);
    if (removed > 0) console.log(`Removed ${removed} unfinished upload(s) an earlier process left behind.`);
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
        await events.close();
        await listener?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await listener?.stop();
    await database.close();
    throw error;
  }
}
