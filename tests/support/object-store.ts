/**
 * An S3-compatible server for the tests (s3rver from npm), started by the test itself on a
 * free port with a bucket, so CI needs nothing installed for it. s3rver does not implement
 * AbortMultipartUpload (it answers 405); the server here does, as S3 and MinIO do: the parts of
 * the upload are removed, and the request is recorded so that a test can see it was made.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../../src/server/files/s3-store.ts';

export interface TestObjectStore {
  settings: S3Settings;
  /** The objects' folder on disk (s3rver keeps each object as files there). */
  directory: string;
  /** The multipart uploads begun (CreateMultipartUpload), by upload id, with their key. */
  multipartUploads: Map<string, string>;
  /** The ids of the multipart uploads aborted (AbortMultipartUpload). */
  abortedUploads: string[];
  /** The multipart uploads neither completed nor aborted: their parts are still on disk. */
  pendingUploads(): string[];
  close(): Promise<void>;
}

const BUCKET = 'alliances';

export async function startObjectStore(): Promise<TestObjectStore> {
  const directory = mkdtempSync(join(tmpdir(), 'alliances-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const uploadsDir = join(directory, BUCKET, '._S3rver_uploads');
  const multipartUploads = new Map<string, string>();
  const abortedUploads: string[] = [];
  // First in the chain: s3rver's own routes see every other request unchanged.
  server.middleware.unshift(async (ctx, next) => {
    const uploadId = typeof ctx.query.uploadId === 'string' ? ctx.query.uploadId : undefined;
    if (ctx.method === 'DELETE' && uploadId) {
      abortedUploads.push(uploadId);
      rmSync(join(uploadsDir, uploadId), { recursive: true, force: true });
      ctx.status = 204;
      ctx.body = null;
      return;
    }
    await next();
    if (ctx.method === 'POST' && 'uploads' in ctx.query && ctx.status === 200) {
      const id = /<UploadId>([^<]+)<\/UploadId>/.exec(String(ctx.body))?.[1];
      if (id) multipartUploads.set(id, ctx.path);
    }
  });
  const { port } = await server.run();
  return {
    settings: {
      url: `http://127.0.0.1:${port}`,
      bucket: BUCKET,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    },
    directory,
    multipartUploads,
    abortedUploads,
    pendingUploads: () => (existsSync(uploadsDir) ? readdirSync(uploadsDir) : []),
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
