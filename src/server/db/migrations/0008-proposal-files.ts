/**
 * The submission package as files: Part B, the detailed budget table, the letters of mandate and
 * other annexes. A file row is written only once its content is stored whole; the content sits in
 * a file object, in the database as chunks (PGlite, the default) or in an S3-compatible store. An
 * object that is not complete belongs to an upload that never finished (a crash, a refused
 * file) and is removed on the next start. Files a submission froze are listed per submission,
 * so a receipt names each with its SHA-256 and none of them can be replaced or deleted.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table file_objects (
      storage_key text primary key,
      backend text not null check (backend in ('database', 's3')),
      created_at timestamptz not null,
      complete boolean not null default false
    );
    create table file_chunks (
      storage_key text not null references file_objects (storage_key) on delete cascade,
      seq integer not null,
      data bytea not null,
      primary key (storage_key, seq)
    );
    create table proposal_files (
      id text primary key,
      proposal_id text not null references proposals (id),
      kind text not null check (kind in ('part-b', 'budget-table', 'mandate-letter', 'other')),
      participant_id text,
      name text not null,
      media_type text not null,
      size_bytes bigint not null,
      sha256 text not null,
      storage_key text not null unique references file_objects (storage_key),
      facts jsonb not null default '{}',
      uploaded_by text not null references accounts (id),
      uploaded_at timestamptz not null,
      superseded_at timestamptz,
      frozen_by_submission text references submissions (id)
    );
    create index proposal_files_current on proposal_files (proposal_id) where superseded_at is null;
    create table submission_files (
      submission_id text not null references submissions (id),
      file_id text not null references proposal_files (id),
      primary key (submission_id, file_id)
    );
    `,
  );
}
