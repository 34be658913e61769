/**
 * The life of a grant after selection: the grant (one per selected proposal, its state in the
 * grant workflow), its participants (copied from the submitted proposal, then changed by the
 * coordinator in preparation or by amendments), the bank account, the lump-sum split per
 * beneficiary and work package, the ledger of payments (append-only: a trigger refuses any
 * change or deletion), reports per period with the officer's assessment of each work package,
 * and the amendments accepted.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table grants (
      id text primary key,
      proposal_id text not null unique references proposals (id),
      call_id text not null references calls (id),
      submission_id text not null references submissions (id),
      lot text not null,
      state text not null check (state in ('preparation', 'confirmed', 'signed', 'closed', 'cancelled')),
      amount integer not null check (amount >= 0),
      duration_months integer not null check (duration_months > 0),
      periods integer not null check (periods > 0),
      opened_by text not null references accounts (id),
      opened_at timestamptz not null,
      confirmed_at timestamptz,
      signed_at timestamptz,
      closed_at timestamptz,
      version integer not null
    );
    create table grant_participants (
      grant_id text not null references grants (id),
      id text not null,
      position integer not null,
      organisation_id text references organisations (id),
      pic text,
      legal_name text not null,
      country text not null,
      type text not null,
      role text not null,
      eche boolean not null,
      added_at timestamptz not null,
      removed_at timestamptz,
      primary key (grant_id, id)
    );
    create table grant_work_packages (
      grant_id text not null references grants (id),
      id text not null,
      number integer not null,
      title text not null,
      primary key (grant_id, id)
    );
    create table grant_shares (
      grant_id text not null references grants (id),
      participant_id text not null,
      work_package_id text not null,
      amount integer not null check (amount >= 0),
      primary key (grant_id, participant_id, work_package_id)
    );
    create table grant_bank_accounts (
      grant_id text primary key references grants (id),
      holder text not null,
      iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
      updated_by text not null references accounts (id),
      updated_at timestamptz not null
    );
    create table grant_reports (
      grant_id text not null references grants (id),
      period integer not null check (period > 0),
      final boolean not null,
      summary text not null,
      state text not null check (state in ('submitted', 'assessed', 'paid')),
      submitted_by text not null references accounts (id),
      submitted_at timestamptz not null,
      assessed_by text references accounts (id),
      assessed_at timestamptz,
      primary key (grant_id, period)
    );
    create table grant_assessments (
      grant_id text not null,
      period integer not null,
      work_package_id text not null,
      status text not null check (status in ('completed', 'partially-completed', 'not-completed')),
      percent integer check (percent is null or (percent between 1 and 99)),
      comment text not null,
      primary key (grant_id, period, work_package_id),
      foreign key (grant_id, period) references grant_reports (grant_id, period)
    );
    create table grant_ledger (
      id text primary key,
      grant_id text not null references grants (id),
      seq integer not null,
      kind text not null check (kind in ('pre-financing', 'interim', 'final')),
      period integer,
      amount integer not null check (amount >= 0),
      reason text not null,
      recorded_by text not null references accounts (id),
      recorded_at timestamptz not null,
      unique (grant_id, seq)
    );
    create function grant_ledger_append_only() returns trigger language plpgsql as $$ begin raise exception 'the grant ledger is append-only: % refused', tg_op; end $$;
    create trigger grant_ledger_append_only before update or delete on grant_ledger for each row execute function grant_ledger_append_only();
    create table grant_amendments (
      id text primary key,
      grant_id text not null references grants (id),
      kind text not null check (kind in ('add', 'replace', 'remove')),
      participant_id text not null,
      replaced_by text,
      findings jsonb not null,
      reason text not null,
      decided_by text not null references accounts (id),
      decided_at timestamptz not null
    );
    `,
  );
}
