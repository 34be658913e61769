/**
 * The account's language: the web app's language switch sets it, and the platform's e-mails to
 * the account (results, receipts, deadline warnings) are written in it.
 */
import type { FastifyInstance } from 'fastify';
import { languageBody, languageSet } from '../../../contracts/auth.ts';
import type { ServerDeps } from '../../deps.ts';
import { addRoute } from '../../http/route.ts';
import { write } from '../../operations/write.ts';
import { canChangeOwnSettings } from '../../policies/account-policies.ts';

export function languageRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/auth/language',
    summary: "The signed-in account's language (en or da): its e-mails are written in it",
    tags: ['auth'],
    auth: 'required',
    body: languageBody,
    response: languageSet,
    async handler({ actor, body }) {
      return write(
        deps,
        actor,
        { action: 'account.language', entityType: 'account', entityId: actor!.id },
        () => canChangeOwnSettings(actor),
        async (tx) => {
          const before = await tx
            .selectFrom('accounts')
            .select('language')
            .where('id', '=', actor!.id)
            .executeTakeFirstOrThrow();
          await tx
            .updateTable('accounts')
            .set({ language: body.language })
            .where('id', '=', actor!.id)
            .execute();
          return {
            result: { language: body.language },
            before: { language: before.language },
            after: { language: body.language },
          };
        },
      );
    },
  });
}
