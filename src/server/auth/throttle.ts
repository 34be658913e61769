/**
 * Throttling kept in the database, so that every server process on it counts the same attempts.
 * Each attempt is claimed by one statement (insert, or update when allowed, returning the row):
 * two attempts at the same instant cannot both see the old count, so 50 parallel sign-ins with
 * a wrong password run exactly as many password checks as the limit allows.
 *
 * Sign-in is counted per account and client address: someone guessing the owner's password from
 * elsewhere slows down only themselves. After FREE_FAILURES failures in a row each further
 * attempt waits twice as long as the one before (15 s, 30 s, 1 min, … up to 15 min); a success
 * clears the count, and a day without attempts forgets it.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export const FREE_FAILURES = 5;
export const FIRST_WAIT_SECONDS = 15;
export const LONGEST_WAIT_SECONDS = 15 * 60;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_SECONDS = 24 * 3600;

/** Registrations from one client address per hour. */
export const REGISTRATIONS_PER_HOUR = 10;
/** Password reset requests from one client address per hour. */
export const RESET_REQUESTS_PER_HOUR = 10;

export type Claim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const signInKey = (email: string, client: string) => `sign-in ${email} ${client}`;
export const registerKey = (client: string) => `register ${client}`;
export const resetRequestKey = (client: string) => `password-reset ${client}`;

/** Seconds from now until blocked_until, at least 1. */
async function refusal(db: Kysely<Database>, key: string, now: Date): Promise<Claim> {
  const row = await db
    .selectFrom('request_throttle')
    .select('blocked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  const until = row ? new Date(row.blocked_until).getTime() : now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/**
 * Claims one sign-in attempt for (account, client): counted as a failure until clearSignIn says
 * it succeeded. Refused while the back-off of earlier failures runs.
 */
export async function claimSignIn(db: Kysely<Database>, key: string, now: Date): Promise<Claim> {
  const forgotten = new Date(now.getTime() - FORGET_AFTER_SECONDS * 1000);
  // n: this attempt's number in the run of failures; the n-th failure sets a wait of
  // FIRST_WAIT × 2^(n − FREE_FAILURES) seconds, none below FREE_FAILURES.
  const n = sql`(case when t.window_start < ${forgotten} then 1 else t.attempts + 1 end)`;
  const wait = sql`(case when ${n} < ${sql.lit(FREE_FAILURES)} then 0 else least(${sql.lit(LONGEST_WAIT_SECONDS)},
    ${sql.lit(FIRST_WAIT_SECONDS)} * power(2, least(${n} - ${sql.lit(FREE_FAILURES)}, 20))) end)`;
  const claimed = await sql<{ attempts: number }>`
    insert into request_throttle as t (key, attempts, window_start, blocked_until)
    values (${key}, 1, ${now}, ${now})
    on conflict (key) do update set
      attempts = ${n},
      window_start = case when t.window_start < ${forgotten} then ${now} else t.window_start end,
      blocked_until = ${now}::timestamptz + make_interval(secs => ${wait})
    where t.blocked_until <= ${now} or t.window_start < ${forgotten}
    returning attempts`.execute(db);
  if (claimed.rows.length > 0) return { allowed: true };
  return refusal(db, key, now);
}

/** The attempt succeeded: the account's owner starts again with a clean slate from this client. */
export async function clearSignIn(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('request_throttle').where('key', '=', key).execute();
}

/** Claims one request counted per hour (registrations, reset requests); refused after `max` in an hour. */
export async function claimPerHour(
  db: Kysely<Database>,
  key: string,
  now: Date,
  max: number,
): Promise<Claim> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const claimed = await sql<{ attempts: number }>`
    insert into request_throttle as t (key, attempts, window_start, blocked_until)
    values (${key}, 1, ${now}, ${now})
    on conflict (key) do update set
      attempts = case when t.window_start <= ${hourAgo} then 1 else t.attempts + 1 end,
      window_start = case when t.window_start <= ${hourAgo} then ${now} else t.window_start end,
      blocked_until = case
        when t.window_start <= ${hourAgo} then ${now}
        when t.attempts + 1 >= ${sql.lit(max)} then t.window_start + interval '1 hour'
        else t.blocked_until end
    where t.window_start <= ${hourAgo} or t.attempts < ${sql.lit(max)}
    returning attempts`.execute(db);
  if (claimed.rows.length > 0) return { allowed: true };
  return refusal(db, key, now);
}
