import { type Kysely, sql } from 'kysely';

/**
 * Runs a block of DDL statement by statement: PGlite's query protocol takes one statement at a
 * time, where pg would accept several. Statements are separated by a semicolon at a line end.
 */
export async function execStatements(db: Kysely<unknown>, text: string): Promise<void> {
  for (const statement of text.split(/;\s*\n/)) {
    const trimmed = statement.trim().replace(/;$/, '');
    if (trimmed) await sql.raw(trimmed).execute(db);
  }
}
