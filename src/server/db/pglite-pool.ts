/**
 * PGlite behind the interface of a `pg` pool, so Kysely's PostgreSQL dialect (the same one the
 * scale-out database uses) runs unchanged on the embedded database.
 *
 * PGlite is one session: two requests must never interleave statements inside each other's
 * transactions, so the pool hands its single connection to one caller at a time.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { assertNotInTransaction } from './transaction-guard.ts';

export class PGlitePool implements PostgresPool {
  #queue: (() => void)[] = [];
  #busy = false;

  constructor(readonly db: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    assertNotInTransaction();
    if (this.#busy) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#busy = true;
    const db = this.db;
    return {
      // Kysely never passes a cursor here (no `cursor` in the dialect config): only the SQL form is served.
      query: (async <R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> => {
        const result = await db.query<R>(sql, [...parameters]);
        const command = ((result as { command?: string }).command ??
          sql.trimStart().split(/\s/, 1)[0]!.toUpperCase()) as PostgresQueryResult<R>['command'];
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      }) as PostgresPoolClient['query'],
      release: () => {
        const next = this.#queue.shift();
        if (next) next();
        else this.#busy = false;
      },
    };
  }

  async end(): Promise<void> {
    await this.db.close();
  }
}
