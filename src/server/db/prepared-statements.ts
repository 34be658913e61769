/**
 * Named prepared statements on PostgreSQL: each pooled connection parses and plans a statement
 * the first time it runs it, and afterwards only binds the parameters. The platform sends the
 * same few statements over and over (a section save, a submission), so PostgreSQL, which shares
 * the machine's cores with the server, stops spending its CPU parsing and planning them again.
 *
 * Only statements with parameters are named (transaction control and migrations are sent as
 * they are); each connection names at most MAX_NAMED statements and runs the rest unnamed, so
 * lists of varying length (`in ($1, $2, …)`) cannot grow a connection's memory without bound.
 */
import type pg from 'pg';

const MAX_NAMED = 500;
const prepared = new WeakSet<pg.PoolClient>();

type Query = (text: unknown, values?: unknown) => Promise<unknown>;

/** Makes the client name its parameterised statements (once per client; the pool reuses clients). */
export function namePreparedStatements(client: pg.PoolClient): pg.PoolClient {
  if (prepared.has(client)) return client;
  prepared.add(client);
  const names = new Map<string, string>();
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (text, values) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(text, values);
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED) {
      name = `alliances_${names.size + 1}`;
      names.set(text, name);
    }
    return name === undefined ? query(text, values) : query({ name, text, values });
  };
  return client;
}
