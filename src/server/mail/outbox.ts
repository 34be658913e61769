/**
 * Writing an e-mail: it goes to the outbox table in the same transaction as the change it tells
 * of, so a notice exists exactly when its cause was stored. With no mail server configured, the
 * administrator reads the outbox (GET /api/v1/admin/outbox).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OutboxAttachment } from '../db/schema.ts';
import type { Tx } from '../operations/write.ts';

export interface Email {
  to: string;
  subject: string;
  body: string;
  attachments?: OutboxAttachment[];
}

export async function queueEmail(tx: Tx | Kysely<Database>, email: Email, now: Date): Promise<void> {
  await tx
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      to_address: email.to,
      subject: email.subject,
      body: email.body,
      attachments: JSON.stringify(email.attachments ?? []),
      created_at: now,
      sent_at: null,
    })
    .execute();
}
