/**
 * Rate-limited sign-in, kept in the database so that it holds across server processes: after
 * 5 failed attempts for an e-mail address, or 30 from one address, within 15 minutes, sign-in
 * is refused until the window has passed.
 */
import type { Kysely } from 'kysely';
import { toCount } from '../db/open-database.ts';
import type { Database } from '../db/schema.ts';

export const WINDOW_MS = 15 * 60_000;
export const MAX_PER_EMAIL = 5;
export const MAX_PER_IP = 30;

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function retryAfterSeconds(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const count = async (column: 'email' | 'ip', value: string) => {
    const row = await db
      .selectFrom('sign_in_failures')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
      .where(column, '=', value)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    return { n: toCount(row.n), oldest: row.oldest as Date | null };
  };
  const byEmail = await count('email', email);
  const byIp = await count('ip', ip);
  const blocked = [
    byEmail.n >= MAX_PER_EMAIL ? byEmail.oldest : null,
    byIp.n >= MAX_PER_IP ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (blocked.length === 0) return 0;
  const until = Math.max(...blocked.map((d) => new Date(d).getTime() + WINDOW_MS));
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.insertInto('sign_in_failures').values({ email, ip, at: now }).execute();
}

export async function clearFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
}
