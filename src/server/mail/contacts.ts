/** Who hears about a proposal: its contacts, each with the language their e-mails are written in. */
import type { Kysely } from 'kysely';
import type { Lang } from '../../engine/call-definition/types.ts';
import type { Database, MemberRole } from '../db/schema.ts';
import type { Tx } from '../operations/write.ts';

export interface Contact {
  accountId: string;
  email: string;
  name: string;
  lang: Lang;
}

export async function proposalContacts(
  db: Tx | Kysely<Database>,
  proposalId: string,
  roles: MemberRole[] = ['coordinator-contact', 'partner-contact'],
): Promise<Contact[]> {
  const rows = await db
    .selectFrom('proposal_members')
    .innerJoin('accounts', 'accounts.id', 'proposal_members.account_id')
    .select(['accounts.id', 'accounts.email', 'accounts.name', 'accounts.language'])
    .where('proposal_members.proposal_id', '=', proposalId)
    .where('proposal_members.role', 'in', roles)
    .orderBy('accounts.email')
    .execute();
  return rows.map((r) => ({ accountId: r.id, email: r.email, name: r.name, lang: r.language }));
}
