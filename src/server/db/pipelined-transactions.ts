/**
 * Fewer round trips per transaction on PostgreSQL. At a deadline the server and PostgreSQL share
 * the cores, and every round trip costs both a write, a wake-up and a read, whatever the
 * statement; so a transaction's statements travel together wherever their answers allow:
 *
 * - `begin` is not sent on its own: it goes with the transaction's first statement;
 * - a statement run inside `sendWithCommit` (the audit entry of every write, the rows a
 *   submission adds) is answered at once with no rows and sent with whatever goes next, at the
 *   latest with `commit`. Its error, if any, fails the commit (the transaction is rolled back,
 *   PostgreSQL answers the `commit` with ROLLBACK), so nothing is acknowledged that was not written.
 *
 * The statements of one batch go to the server in one write (the socket is corked), on a `pg`
 * client in pipeline mode (each with its own Sync; inside the transaction block a Sync commits
 * nothing). PostgreSQL runs them in order, as if each had waited for the one before.
 *
 * Outside a transaction, and on PGlite (one process, no round trips), everything runs as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

const deferring = new AsyncLocalStorage<true>();

/**
 * Runs a statement whose answer the caller does not read (no rows, no count): inside a
 * transaction on PostgreSQL it is sent with the transaction's next statement or its commit; its
 * failure fails the commit. Elsewhere it runs at once.
 */
export function sendWithCommit<T>(statement: () => Promise<T>): Promise<T> {
  return deferring.run(true, statement);
}

interface Statement {
  text: string;
  values?: unknown[];
}

type Result = { command?: string; rowCount?: number | null; rows: unknown[] };
type Query = (text: unknown, values?: unknown) => Promise<Result>;

const pipelined = new WeakSet<pg.PoolClient>();

/** The first word of a statement, lower case: begin, start, commit, rollback, select, … */
function verb(text: string): string {
  return /^\s*([a-z]+)/i.exec(text)?.[1]?.toLowerCase() ?? '';
}

/**
 * Makes a pooled client, created with `pipeline: true`, batch its transactions' statements
 * (once per client; the pool reuses clients).
 */
export function pipelineTransactions(client: pg.PoolClient): pg.PoolClient {
  if (pipelined.has(client)) return client;
  pipelined.add(client);
  const send = client.query.bind(client) as Query;
  const stream = (
    client as unknown as { connection?: { stream?: NodeJS.WritableStream & Partial<CorkAble> } }
  ).connection?.stream;
  /** The transaction's opening statement while it waits for the first statement to go with. */
  let opening: Statement | undefined;
  let inTransaction = false;
  /** Statements answered already, not sent yet. */
  let waiting: Statement[] = [];

  /** Sends the statements in one write and answers with the last one's result, or the first error. */
  async function batch(statements: Statement[]): Promise<Result> {
    stream?.cork?.();
    let sent: Promise<Result>[];
    try {
      sent = statements.map((s) => send(s.text, s.values));
    } finally {
      stream?.uncork?.();
    }
    const settled = await Promise.allSettled(sent);
    // The first failure is the cause: after it PostgreSQL refuses the rest of the transaction.
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return (settled.at(-1) as PromiseFulfilledResult<Result>).value;
  }

  (client as unknown as { query: Query }).query = async (text, values) => {
    if (typeof text !== 'string') return send(text, values);
    const statement: Statement = Array.isArray(values) ? { text, values } : { text };
    switch (verb(text)) {
      case 'begin':
      case 'start':
        inTransaction = true;
        opening = statement;
        waiting = [];
        return { command: 'BEGIN', rowCount: null, rows: [] };
      case 'commit': {
        const pending = [...(opening ? [opening] : []), ...waiting];
        const nothingSent = opening !== undefined;
        inTransaction = false;
        opening = undefined;
        waiting = [];
        // A transaction that ran no statement has nothing to commit: no round trip.
        if (nothingSent && pending.length === 1) return { command: 'COMMIT', rowCount: null, rows: [] };
        // A statement sent with the commit that failed is thrown here (PostgreSQL answers the
        // commit itself with ROLLBACK, which Kysely also refuses).
        return batch([...pending, statement]);
      }
      case 'rollback': {
        const nothingSent = opening !== undefined;
        inTransaction = false;
        opening = undefined;
        // Statements not sent yet are simply never sent.
        waiting = [];
        if (nothingSent) return { command: 'ROLLBACK', rowCount: null, rows: [] };
        return send(text, values);
      }
    }
    if (inTransaction && deferring.getStore()) {
      waiting.push(statement);
      return { rowCount: null, rows: [] };
    }
    if (!inTransaction) return send(text, values);
    const pending = [...(opening ? [opening] : []), ...waiting];
    opening = undefined;
    waiting = [];
    return pending.length === 0 ? send(text, values) : batch([...pending, statement]);
  };
  return client;
}

interface CorkAble {
  cork(): void;
  uncork(): void;
}
