/**
 * Server-side sessions: the browser holds a random token in an http-only cookie; the database
 * holds only its SHA-256, with the account and the CSRF token for that session. Any server
 * process on the same database accepts the session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SessionInfo } from './actor.ts';

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

export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionInfo | undefined> {
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
    .where('sessions.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() <= now.getTime()) return undefined;
  return {
    actor: { id: row.id, email: row.email, name: row.name, role: row.role },
    sessionId: row.sessionId,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
