/** What the server's operations and routes are given: the database, the clock, the calls. */
import type { Kysely } from 'kysely';
import type { RuleBook } from '../engine/call-definition/types.ts';
import type { SessionCache } from './auth/session-cache.ts';
import type { CallBook } from './calls/call-book.ts';
import type { Clock } from './clock.ts';
import type { DatabaseKind } from './db/open-database.ts';
import type { Database } from './db/schema.ts';
import type { FileStore } from './files/store.ts';
import type { ProposalEventHub } from './proposals/events/hub.ts';

export interface ServerDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  clock: Clock;
  /** The definitions read from rules/. */
  definitions: RuleBook;
  /** The calls the platform runs (the definitions, plus the demo call). */
  calls: CallBook;
  /** The key that signs submission receipts (kept in the database, shared by all processes). */
  receiptKey: string;
  /** The address the web app is reached at, for links in e-mails. */
  publicUrl: string;
  /** Secure cookies when served over https. */
  secureCookies: boolean;
  /** Sessions looked up recently, on PostgreSQL while this process listens for ended ones (auth/session-cache.ts). */
  sessionCache?: SessionCache;
  /** Registrations allowed from one client address per hour (REGISTRATIONS_PER_HOUR; default 10). */
  registrationsPerHour?: number;
  /** Carries proposal events to every server process (src/server/proposals/events/hub.ts). */
  events?: ProposalEventHub;
  /** Where the submission package's files are kept; the database when not given (src/server/files). */
  fileStore?: FileStore;
}
