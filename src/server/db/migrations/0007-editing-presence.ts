/**
 * Who has which section of a proposal open in the editor, so that the others see "also editing
 * now". A row per account and open section, refreshed by the editor's heartbeat; a row not seen
 * for a minute is gone (the browser closed without saying so). In a table, not in memory, so
 * that every server process on one PostgreSQL sees the same people.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `create table editing_presence (
       proposal_id text not null references proposals (id) on delete cascade,
       account_id text not null references accounts (id) on delete cascade,
       section_key text not null,
       seen_at timestamptz not null,
       primary key (proposal_id, account_id, section_key)
     );`,
  );
}
