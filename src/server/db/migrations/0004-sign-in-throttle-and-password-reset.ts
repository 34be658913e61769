/**
 * Sign-in throttling per account and client address with a growing wait, instead of a list of
 * failures counted per address or per account (which let anyone lock the owner out); a counter
 * for registrations per client address; and the single-use password reset links.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    drop table sign_in_failures;
    create table request_throttle (
      key text primary key,
      attempts integer not null,
      window_start timestamptz not null,
      blocked_until timestamptz not null
    );
    create table password_resets (
      id text primary key,
      account_id text not null references accounts (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index password_resets_account on password_resets (account_id);
    `,
  );
}
