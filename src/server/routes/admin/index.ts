/** Administration: accounts (agency staff and experts are created here) and the e-mail outbox. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { accountList, createAccountBody, createdAccount, outboxResponse } from '../../../contracts/admin.ts';
import { hashPassword, newPasswordSchema } from '../../auth/passwords.ts';
import type { ServerDeps } from '../../deps.ts';
import { HttpError } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { enforce, write } from '../../operations/write.ts';
import { isAdmin } from '../../policies/policies.ts';

export function adminRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/outbox',
    summary: 'E-mails the platform has written (invitations, notices), newest first',
    tags: ['admin'],
    auth: 'required',
    response: outboxResponse,
    async handler({ actor }) {
      enforce(isAdmin(actor));
      const rows = await deps.db
        .selectFrom('outbox')
        .selectAll()
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        body: r.body,
        attachments: r.attachments,
        createdAt: r.created_at.toISOString(),
      }));
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/accounts',
    summary: 'Every account and its role',
    tags: ['admin'],
    auth: 'required',
    response: accountList,
    async handler({ actor }) {
      enforce(isAdmin(actor));
      const rows = await deps.db
        .selectFrom('accounts')
        .select(['id', 'email', 'name', 'role', 'created_at'])
        .orderBy('email')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        name: r.name,
        role: r.role,
        createdAt: r.created_at.toISOString(),
      }));
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/admin/accounts',
    summary: 'Create an account with a role (agency officers, experts, administrators)',
    tags: ['admin'],
    auth: 'required',
    body: createAccountBody.extend({ password: newPasswordSchema }),
    response: createdAccount,
    async handler({ actor, body, reply }) {
      const id = randomUUID();
      const passwordHash = await hashPassword(body.password);
      const account = await write(
        deps,
        actor,
        { action: 'account.create', entityType: 'account', entityId: id },
        () => isAdmin(actor),
        async (tx, now) => {
          if (
            await tx.selectFrom('accounts').select('id').where('email', '=', body.email).executeTakeFirst()
          ) {
            throw new HttpError(409, 'email-taken', 'An account with this e-mail address exists.');
          }
          const row = { id, email: body.email, name: body.name, role: body.role };
          await tx
            .insertInto('accounts')
            .values({ ...row, password_hash: passwordHash, created_at: now })
            .execute();
          return { result: row, before: null, after: row };
        },
      );
      reply.status(201);
      return account;
    },
  });
}
