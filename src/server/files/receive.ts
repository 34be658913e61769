/**
 * Receiving an upload: a file object row first (not complete), then the bytes streamed into the
 * store while they are counted, hashed and their first bytes kept for recognising the format.
 * A stream that fails or grows over the call's limit leaves nothing: its content is removed
 * along with the row. A crash half-way leaves a row that is not complete, which no file row
 * references and the next start removes (cleanup.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FileStore } from './store.ts';

export interface ReceivedFile {
  storageKey: string;
  size: number;
  sha256: string;
  /** The first bytes, enough to tell a PDF from a ZIP container. */
  head: Buffer;
}

export class FileTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the file is larger than ${limit} bytes`);
  }
}

const HEAD_BYTES = 8;

export async function receiveFile(
  db: Kysely<Database>,
  store: FileStore,
  content: Readable,
  maxBytes: number,
  now: Date,
): Promise<ReceivedFile> {
  const storageKey = `files/${randomUUID()}`;
  await db
    .insertInto('file_objects')
    .values({ storage_key: storageKey, backend: store.backend, created_at: now, complete: false })
    .execute();
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLarge(maxBytes));
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // The store reads from the meter while the pipeline feeds it: either failing fails both. Both
  // are waited for, so that a store still sending parts has given up (an S3 multipart upload
  // aborted) before the object is deleted and the applicant is answered.
  const put = store.put(storageKey, meter).catch((error: unknown) => {
    // The store gave up: the pipeline stops too, instead of waiting for a reader that is gone.
    meter.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  const [stored, metered] = await Promise.allSettled([put, pipeline(content, meter)]);
  const failure = [metered, stored].find((r) => r.status === 'rejected');
  if (failure) {
    content.destroy();
    meter.destroy();
    await discardObject(db, store, storageKey);
    throw failure.reason;
  }
  return { storageKey, size, sha256: hash.digest('hex'), head };
}

/** Removes an object that no file row references: its content, then its row. */
export async function discardObject(
  db: Kysely<Database>,
  store: FileStore,
  storageKey: string,
): Promise<void> {
  await store.delete(storageKey).catch(() => undefined);
  await db.deleteFrom('file_objects').where('storage_key', '=', storageKey).execute();
}
