/**
 * The chair's flags as resolvable: a flag is computed from the evaluations (so it cannot be
 * stale), and this table holds how the chair resolved it, keyed by the flag's key
 * (src/engine/evaluation/flags.ts, flagKey): who, when, why, and the flag as it was seen then.
 * A flag without a row here is open, and an open flag stops the consensus being agreed.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `create table chair_flag_resolutions (
       proposal_id text not null references proposals (id),
       flag_key text not null,
       flag jsonb not null,
       reason text not null check (length(btrim(reason)) > 0),
       resolved_by text not null references accounts (id),
       resolved_at timestamptz not null,
       primary key (proposal_id, flag_key)
     );`,
  );
}
