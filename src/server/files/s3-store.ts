/**
 * File contents in an S3-compatible object store (AWS S3, MinIO, s3rver): uploaded in parts as
 * they arrive (lib-storage's multipart upload holds a few parts, never the whole file) and
 * downloaded as the object's stream.
 */
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStore } from './store.ts';

export interface S3Settings {
  /** The server's address, e.g. http://127.0.0.1:9000 (S3_URL). */
  url: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
}

/** The S3 settings from the environment, or undefined when S3_URL is not set (the database store). */
export function s3SettingsFromEnvironment(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (!env.S3_URL) return undefined;
  const missing = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((k) => !env[k]);
  if (missing.length > 0) throw new Error(`S3_URL is set, so ${missing.join(', ')} must be set too`);
  const settings: S3Settings = {
    url: env.S3_URL,
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  };
  if (env.S3_REGION) settings.region = env.S3_REGION;
  return settings;
}

export function s3FileStore(settings: S3Settings): FileStore {
  const client = new S3Client({
    endpoint: settings.url,
    region: settings.region ?? 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only where the operation requires them: not every S3-compatible server knows
    // the newer checksum headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    backend: 's3',
    async put(key, content) {
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: content },
        queueSize: 2,
        partSize: 5 * 1024 * 1024,
        // A failed upload aborts its multipart upload, so no part is left behind (and billed).
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        // Stopped half-way (the applicant went away, the file grew over the limit): whatever got
        // through goes too, in case the store finished an object before the failure was seen.
        await upload.abort().catch(() => undefined);
        await client.send(new DeleteObjectCommand({ Bucket, Key: key })).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return out.Body as Readable;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
