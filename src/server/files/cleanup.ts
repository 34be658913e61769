/**
 * Uploads that never finished: a file object not complete, older than the given instant. On
 * PGlite the one process owns the data, so at its start every unfinished upload is abandoned;
 * on a shared PostgreSQL another process may be receiving one, so only old ones are removed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { discardObject } from './receive.ts';
import type { FileStore } from './store.ts';

export async function removeAbandonedUploads(
  db: Kysely<Database>,
  store: FileStore,
  startedBefore: Date,
): Promise<number> {
  const abandoned = await db
    .selectFrom('file_objects')
    .select('storage_key')
    .where('complete', '=', false)
    .where('created_at', '<', startedBefore)
    .execute();
  for (const { storage_key } of abandoned) await discardObject(db, store, storage_key);
  return abandoned.length;
}
