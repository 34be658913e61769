/** Row counts of every table of the platform: how a test shows that a refused request wrote nothing. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/server/db/schema.ts';

/** The platform's tables as the database lists them (new tables are counted without editing this file). */
export async function platformTables(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}

export async function tableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await platformTables(db)) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(r.rows[0]!.n);
  }
  return counts;
}
