/** Accounts, sessions, the organisation registry, calls, proposals with versioned sections, submissions, audit. */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table accounts (
      id text primary key,
      email text not null unique,
      name text not null,
      password_hash text not null,
      role text not null check (role in ('applicant', 'officer', 'expert', 'admin')),
      created_at timestamptz not null
    );
    create table sessions (
      id text primary key,
      account_id text not null references accounts (id),
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_account on sessions (account_id);
    create table sign_in_failures (
      id bigserial primary key,
      email text not null,
      ip text not null,
      at timestamptz not null
    );
    create index sign_in_failures_email on sign_in_failures (email, at);
    create index sign_in_failures_ip on sign_in_failures (ip, at);
    create table organisations (
      id text primary key,
      pic text unique check (pic ~ '^[0-9]{9}$'),
      legal_name text not null,
      country text not null,
      type text not null,
      city text,
      validation text not null check (validation in ('declared', 'validated')),
      created_by text references accounts (id),
      created_at timestamptz not null,
      version integer not null
    );
    create index organisations_name on organisations (lower(legal_name));
    create table calls (
      id text primary key,
      definition_year text not null,
      title text not null,
      is_demo boolean not null,
      deadline_at timestamptz not null,
      opens_at timestamptz,
      created_at timestamptz not null
    );
    create table proposals (
      id text primary key,
      call_id text not null references calls (id),
      state text not null check (state in ('draft', 'submitted', 'withdrawn')),
      created_by text not null references accounts (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      last_submission_id text
    );
    create table proposal_sections (
      proposal_id text not null references proposals (id),
      key text not null,
      version integer not null,
      data jsonb not null,
      updated_at timestamptz not null,
      updated_by text not null references accounts (id),
      primary key (proposal_id, key)
    );
    create table proposal_section_versions (
      proposal_id text not null references proposals (id),
      key text not null,
      version integer not null,
      data jsonb not null,
      created_at timestamptz not null,
      created_by text not null references accounts (id),
      primary key (proposal_id, key, version)
    );
    create table proposal_members (
      proposal_id text not null references proposals (id),
      account_id text not null references accounts (id),
      role text not null check (role in ('coordinator-contact', 'partner-contact')),
      participant_id text,
      created_at timestamptz not null,
      primary key (proposal_id, account_id)
    );
    create index proposal_members_account on proposal_members (account_id);
    create table invitations (
      id text primary key,
      proposal_id text not null references proposals (id),
      participant_id text not null,
      email text not null,
      token_hash text not null unique,
      created_by text not null references accounts (id),
      created_at timestamptz not null,
      accepted_by text references accounts (id),
      accepted_at timestamptz,
      revoked_at timestamptz
    );
    create table outbox (
      id text primary key,
      to_address text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null,
      sent_at timestamptz
    );
    create table submissions (
      id text primary key,
      proposal_id text not null references proposals (id),
      number integer not null,
      submitted_at timestamptz not null,
      submitted_by text not null references accounts (id),
      canonical text not null,
      sha256 text not null,
      receipt_code text not null unique,
      signature text not null,
      findings jsonb not null,
      unique (proposal_id, number)
    );
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null,
      actor_id text,
      actor_role text,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      proposal_id text,
      diff jsonb not null
    );
    create index audit_log_proposal on audit_log (proposal_id, id);
    create table server_secrets (
      name text primary key,
      value text not null
    );
  `,
  );
}
