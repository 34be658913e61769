/**
 * The database's own commit rate, the baseline bench:rush compares the server with: `clients`
 * concurrent clients each doing `begin; insert one row; commit` for `seconds`, with nothing else.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** `clients` concurrent clients, each doing begin; insert one row; commit, for RAW_SECONDS. */
export async function rawCommits(
  kind: 'postgres' | 'pglite',
  target: string,
  clients: number,
  seconds: number,
): Promise<number> {
  let commits = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  if (kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    pool.on('error', () => {});
    await pool.query(
      'create table bench_raw (id bigserial primary key, payload text not null, at timestamptz not null)',
    );
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        while (performance.now() < until) {
          const c = await pool.connect();
          try {
            await c.query('begin');
            await c.query('insert into bench_raw (payload, at) values ($1, now())', [`client ${i}`]);
            await c.query('commit');
            commits++;
          } finally {
            c.release();
          }
        }
      }),
    );
    await pool.end();
  } else {
    const db = await PGlite.create({ dataDir: target });
    await db.exec(
      'create table bench_raw (id bigserial primary key, payload text not null, at timestamptz not null)',
    );
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        while (performance.now() < until) {
          await db.transaction(async (tx) => {
            await tx.query('insert into bench_raw (payload, at) values ($1, now())', [`client ${i}`]);
          });
          commits++;
        }
      }),
    );
    await db.close();
  }
  return commits / ((performance.now() - started) / 1000);
}
