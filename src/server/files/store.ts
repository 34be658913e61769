/**
 * Where file contents live: one interface, two backends. The database store keeps chunks in
 * PostgreSQL or PGlite (the default); the S3 store an object per file in an S3-compatible
 * server (S3_URL). Both stream in and out: a file is never held whole in memory.
 */
import type { Readable } from 'node:stream';

export interface FileStore {
  backend: 'database' | 's3';
  /** Stores the stream's bytes under the key; rejects (storing nothing usable) when the stream fails. */
  put(key: string, content: Readable): Promise<void>;
  /** The stored bytes as a stream. */
  get(key: string): Promise<Readable>;
  /** Removes the content; removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}
