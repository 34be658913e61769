/**
 * Server-side sessions: the browser holds a random token in an http-only cookie; the database
 * holds only its SHA-256, with the account and the CSRF token for that session. Any server
 * process on the same database accepts the session.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SessionInfo } from './actor.ts';
import { SESSION_ENDED_CHANNEL, type SessionCache } from './session-cache.ts';

export const SESSION_COOKIE = 'alliances_session';
export const SESSION_HOURS = 12;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export async function createSession(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The session of a token, from this process's cache when it has one (session-cache.ts), else
 * from the database.
 */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  cache?: SessionCache,
): Promise<SessionInfo | undefined> {
  const id = sha256(token);
  const cached = cache?.get(id, now);
  if (cached) return cached;
  const ticket = cache?.ticket();
  const session = await readSession(db, id, now);
  if (session && ticket) cache!.remember(id, session, ticket);
  return session;
}

async function readSession(db: Kysely<Database>, id: string, now: Date): Promise<SessionInfo | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token',
      'sessions.expires_at',
      'accounts.id',
      'accounts.email',
      'accounts.name',
      'accounts.role',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() <= now.getTime()) return undefined;
  return {
    actor: { id: row.id, email: row.email, name: row.name, role: row.role },
    sessionId: row.sessionId,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

/**
 * Ends sessions: deletes them and, in the same statement (so in the same transaction), notifies
 * every server process, which then forgets them (session-cache.ts). Every deletion of sessions
 * goes through here.
 */
export async function endSessions(
  db: Kysely<Database>,
  which: { sessionId: string } | { accountId: string; except?: string },
): Promise<void> {
  await db
    .with('ended', (q) => {
      let d = q.deleteFrom('sessions');
      if ('sessionId' in which) d = d.where('id', '=', which.sessionId);
      else {
        d = d.where('account_id', '=', which.accountId);
        if (which.except) d = d.where('id', '!=', which.except);
      }
      return d.returning('id');
    })
    .selectFrom('ended')
    .select(sql`pg_notify(${SESSION_ENDED_CHANNEL}, ended.id)`.as('notified'))
    .execute();
}

/**
 * Waits until the sessions ended by a committed transaction are forgotten in every process: a
 * notice sent after that commit comes back to this process after the notifications of the ended
 * sessions (PostgreSQL delivers them in commit order), and PostgreSQL signals every listening
 * process at the same commit. Without a listener there is no cache to wait for.
 */
export async function everyProcessHeard(db: Kysely<Database>, cache?: SessionCache): Promise<void> {
  if (!cache?.listening) return;
  const notice = `after ${randomToken(12)}`;
  const heard = cache.expectNotice(notice, 2000);
  await sql`select pg_notify(${SESSION_ENDED_CHANNEL}, ${notice})`.execute(db);
  await heard;
}

/** Signing out: the session ends here and, before the answer, in every process. */
export async function deleteSession(
  db: Kysely<Database>,
  sessionId: string,
  cache?: SessionCache,
): Promise<void> {
  await endSessions(db, { sessionId });
  await everyProcessHeard(db, cache);
}
