/**
 * File contents in the database: rows of at most CHUNK_BYTES, written one by one as the upload
 * arrives and read one by one as the download leaves. The chunks hang off a file_objects row
 * (written by the upload before any byte) and go with it.
 */
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FileStore } from './store.ts';

export const CHUNK_BYTES = 256 * 1024;

/** The stream cut into pieces of `size` bytes (the last one shorter), holding one piece at a time. */
export async function* rechunk(content: AsyncIterable<Buffer | Uint8Array>, size: number) {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const piece of content) {
    let buf = Buffer.from(piece);
    while (held + buf.length >= size) {
      const take = size - held;
      parts.push(buf.subarray(0, take));
      yield Buffer.concat(parts);
      parts = [];
      held = 0;
      buf = buf.subarray(take);
    }
    if (buf.length > 0) {
      parts.push(buf);
      held += buf.length;
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}

export function databaseFileStore(db: Kysely<Database>): FileStore {
  return {
    backend: 'database',
    async put(key, content) {
      let seq = 0;
      for await (const chunk of rechunk(content, CHUNK_BYTES)) {
        await db.insertInto('file_chunks').values({ storage_key: key, seq, data: chunk }).execute();
        seq++;
      }
    },
    async get(key) {
      async function* chunks() {
        for (let seq = 0; ; seq++) {
          const row = await db
            .selectFrom('file_chunks')
            .select('data')
            .where('storage_key', '=', key)
            .where('seq', '=', seq)
            .executeTakeFirst();
          if (!row) return;
          yield Buffer.from(row.data);
        }
      }
      return Readable.from(chunks(), { objectMode: false });
    },
    async delete(key) {
      await db.deleteFrom('file_chunks').where('storage_key', '=', key).execute();
    },
  };
}
