/**
 * E-mails in the recipient's language: each account keeps the language it last chose in the web
 * app's switch (English until it chooses). With it, what the mail room needs: attachments named
 * on an outbox e-mail (the receipt PDF sent with a submission's confirmation), and the deadline
 * warnings already written, one row per proposal, contact and warning, so that several server
 * processes on one PostgreSQL send each warning once.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table accounts add column language text not null default 'en' check (language in ('en', 'da'));
    alter table outbox add column attachments jsonb not null default '[]';
    create table deadline_warnings (
      proposal_id text not null references proposals (id),
      account_id text not null references accounts (id),
      warning text not null check (warning in ('48h', '24h')),
      sent_at timestamptz not null,
      primary key (proposal_id, account_id, warning)
    );
    `,
  );
}
