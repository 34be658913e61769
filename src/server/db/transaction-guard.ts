/**
 * A guard against reading or writing outside the open transaction. Inside `write()` every query
 * must go through its transaction: on PGlite (one connection) a query on the database object
 * would wait for the transaction that waits for it, forever; on PostgreSQL it would see or make
 * changes outside the transaction. Pools check this and throw at once, naming the mistake.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const inTransaction = new AsyncLocalStorage<string>();

export function runInTransaction<T>(label: string, work: () => Promise<T>): Promise<T> {
  return inTransaction.run(label, work);
}

export function isInTransaction(): boolean {
  return inTransaction.getStore() !== undefined;
}

export function assertNotInTransaction(): void {
  const label = inTransaction.getStore();
  if (label !== undefined) {
    throw new Error(
      `A query used the database outside the open transaction of "${label}": pass the transaction (tx) down instead of deps.db.`,
    );
  }
}
