/** The event hub for the database the platform runs on (see hub.ts). */
import { sql } from 'kysely';
import type { OpenDatabase } from '../../db/open-database.ts';
import { inProcessHub, type ProposalEventHub, postgresHub } from './hub.ts';

export async function openEventHub(
  database: OpenDatabase,
  databaseUrl: string | undefined,
): Promise<ProposalEventHub> {
  if (database.kind !== 'postgres' || !databaseUrl) return inProcessHub();
  return postgresHub(databaseUrl, async (channel, payload) => {
    await sql`select pg_notify(${channel}, ${payload})`.execute(database.db);
  });
}
