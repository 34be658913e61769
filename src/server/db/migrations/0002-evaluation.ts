/**
 * The agency's evaluation: per-call settings, screening decisions, the expert registry, conflict
 * overrides and declarations, assignments, individual evaluations, consensus reports, rankings.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table evaluation_settings (
      call_id text primary key references calls (id),
      experts_per_proposal integer not null,
      country_conflict boolean not null,
      spread_points integer not null,
      near_threshold_points integer not null,
      version integer not null
    );
    create table screenings (
      proposal_id text primary key references proposals (id),
      submission_id text not null references submissions (id),
      engine_eligible boolean not null,
      engine_findings jsonb not null,
      decision text not null check (decision in ('eligible', 'ineligible')),
      overridden boolean not null,
      reason text not null,
      decided_by text not null references accounts (id),
      decided_at timestamptz not null
    );
    create table experts (
      id text primary key,
      account_id text unique references accounts (id),
      name text not null,
      email text not null,
      country text not null,
      employer_pic text check (employer_pic ~ '^[0-9]{9}$'),
      topics jsonb not null,
      lots jsonb not null,
      languages jsonb not null,
      max_load integer not null check (max_load >= 0),
      created_at timestamptz not null,
      version integer not null
    );
    create table conflict_overrides (
      expert_id text not null references experts (id),
      proposal_id text not null references proposals (id),
      action text not null check (action in ('pin', 'lift')),
      reason text not null,
      decided_by text not null references accounts (id),
      decided_at timestamptz not null,
      primary key (expert_id, proposal_id)
    );
    create table declarations (
      expert_id text not null references experts (id),
      proposal_id text not null references proposals (id),
      no_conflict boolean not null,
      confidentiality boolean not null,
      conflict_reason text,
      declared_at timestamptz not null,
      primary key (expert_id, proposal_id)
    );
    create table assignments (
      proposal_id text not null references proposals (id),
      expert_id text not null references experts (id),
      rapporteur boolean not null,
      manual boolean not null,
      reason text,
      matched jsonb not null,
      assigned_by text not null references accounts (id),
      assigned_at timestamptz not null,
      primary key (proposal_id, expert_id)
    );
    create table individual_evaluations (
      id text primary key,
      proposal_id text not null references proposals (id),
      expert_id text not null references experts (id),
      criteria jsonb not null,
      status text not null check (status in ('draft', 'submitted')),
      version integer not null,
      updated_at timestamptz not null,
      submitted_at timestamptz,
      unique (proposal_id, expert_id)
    );
    create table consensus_reports (
      proposal_id text primary key references proposals (id),
      rapporteur_id text not null references experts (id),
      criteria jsonb not null,
      status text not null check (status in ('draft', 'agreed')),
      version integer not null,
      updated_at timestamptz not null,
      agreed_at timestamptz,
      agreed_by text references accounts (id)
    );
    create table rankings (
      id text primary key,
      call_id text not null references calls (id),
      envelopes jsonb not null,
      overrides jsonb not null,
      result jsonb not null,
      confirmed_by text not null references accounts (id),
      confirmed_at timestamptz not null,
      reports_sent_at timestamptz
    );
    create index rankings_call on rankings (call_id, confirmed_at)
  `,
  );
}
