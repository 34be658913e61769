/**
 * Passwords: a reset by an e-mailed single-use link valid for an hour (to the outbox when no mail
 * server is set up), and a change by the signed-in owner. Either ends every session of the
 * account, so whoever knew the old password is signed out everywhere.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { passwordChanged, passwordReset, resetRequestBody, resetRequested } from '../../../contracts/auth.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { endSessions, everyProcessHeard, randomToken, sha256 } from '../../auth/sessions.ts';
import {
  claimPerHour,
  claimSignIn,
  clearSignIn,
  RESET_REQUESTS_PER_HOUR,
  resetRequestKey,
  signInKey,
} from '../../auth/throttle.ts';
import type { Database } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { badRequest, HttpError } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { type Tx, write } from '../../operations/write.ts';
import { changeWithPassword, resetWithPassword } from './password-bodies.ts';
import { refuseWhenThrottled } from './refuse-when-throttled.ts';

export const RESET_LINK_HOURS = 1;

/** Ends every session of an account and forgets its throttled sign-in failures. */
async function signOutEverywhere(tx: Tx | Kysely<Database>, accountId: string, email: string): Promise<void> {
  await endSessions(tx, { accountId });
  await tx
    .deleteFrom('request_throttle')
    .where('key', 'like', `sign-in ${email.replace(/[%_\\]/g, '\\$&')} %`)
    .execute();
}

export function passwordRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/password-reset/request',
    summary:
      'E-mail a single-use password reset link valid for an hour; answers the same whether the address has an account or not',
    tags: ['auth'],
    auth: 'optional',
    body: resetRequestBody,
    response: resetRequested,
    async handler({ body, reply, req }) {
      const claim = await claimPerHour(
        deps.db,
        resetRequestKey(req.ip),
        deps.clock.now(),
        RESET_REQUESTS_PER_HOUR,
      );
      refuseWhenThrottled(
        claim,
        reply,
        'Too many reset requests from your address; try again in {seconds} seconds.',
      );
      const account = await deps.db
        .selectFrom('accounts')
        .select(['id', 'email', 'name'])
        .where('email', '=', body.email)
        .executeTakeFirst();
      if (account) {
        const token = randomToken();
        const id = randomUUID();
        await write(
          deps,
          undefined,
          { action: 'account.password-reset.request', entityType: 'account', entityId: account.id },
          () => ({ allowed: true }),
          async (tx, now) => {
            const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000);
            await tx
              .insertInto('password_resets')
              .values({
                id,
                account_id: account.id,
                token_hash: sha256(token),
                created_at: now,
                expires_at: expiresAt,
                used_at: null,
              })
              .execute();
            const link = `${deps.publicUrl}/#/reset-password/${token}`;
            await tx
              .insertInto('outbox')
              .values({
                id: randomUUID(),
                to_address: account.email,
                subject: 'Reset your Alliances password / Nulstil din adgangskode',
                body: `Someone (we hope you) asked to reset the password of ${account.email}. Open this link within an hour to choose a new one:\n${link}\n\nThe link works once. If you did not ask, ignore this e-mail; your password stays as it is.\n\nNogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til ${account.email}. Åbn linket inden for en time for at vælge en ny:\n${link}\n\nLinket virker én gang. Har du ikke bedt om det, kan du se bort fra denne e-mail.`,
                created_at: now,
                sent_at: null,
              })
              .execute();
            const after = { resetId: id, expiresAt: expiresAt.toISOString() };
            return { result: undefined, before: null, after };
          },
        );
      }
      return { requested: true as const };
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    summary: 'Set a new password with the token of a reset link; ends every session of the account',
    tags: ['auth'],
    auth: 'optional',
    body: resetWithPassword,
    response: passwordReset,
    async handler({ body }) {
      const passwordHash = await hashPassword(body.password);
      const unusable = () =>
        badRequest(
          [
            {
              field: 'token',
              expected: 'a reset link that has not been used and is less than an hour old',
              got: '(the link’s token)',
              code: 'expired_link',
            },
          ],
          'This reset link has expired or was used already; ask for a new one.',
        );
      const reset = await deps.db
        .selectFrom('password_resets')
        .innerJoin('accounts', 'accounts.id', 'password_resets.account_id')
        .select(['password_resets.id', 'password_resets.account_id', 'accounts.email'])
        .where('token_hash', '=', sha256(body.token))
        .executeTakeFirst();
      if (!reset) throw unusable();
      await write(
        deps,
        undefined,
        { action: 'account.password-reset', entityType: 'account', entityId: reset.account_id },
        () => ({ allowed: true }),
        async (tx, now) => {
          // Claimed by one statement: two uses of the same link at once cannot both succeed.
          const claimed = await tx
            .updateTable('password_resets')
            .set({ used_at: now })
            .where('id', '=', reset.id)
            .where('used_at', 'is', null)
            .where('expires_at', '>', now)
            .returning('id')
            .executeTakeFirst();
          if (!claimed) throw unusable();
          await tx
            .updateTable('accounts')
            .set({ password_hash: passwordHash })
            .where('id', '=', reset.account_id)
            .execute();
          // Any other link sent earlier stops working too.
          await tx
            .updateTable('password_resets')
            .set({ used_at: now })
            .where('account_id', '=', reset.account_id)
            .where('used_at', 'is', null)
            .execute();
          await signOutEverywhere(tx, reset.account_id, reset.email);
          return { result: undefined, before: null, after: { passwordReset: true } };
        },
      );
      await everyProcessHeard(deps.db, deps.sessionCache);
      return { reset: true as const };
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/password',
    summary: 'Change the password, giving the current one; ends every other session of the account',
    tags: ['auth'],
    auth: 'required',
    body: changeWithPassword,
    response: passwordChanged,
    async handler({ body, session, reply, req }) {
      const actor = session!.actor;
      const key = signInKey(actor.email, req.ip);
      // Guessing the current password here is throttled like signing in.
      refuseWhenThrottled(
        await claimSignIn(deps.db, key, deps.clock.now()),
        reply,
        'Too many wrong passwords; try again in {seconds} seconds.',
      );
      const account = await deps.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('id', '=', actor.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(account.password_hash, body.currentPassword))) {
        throw new HttpError(400, 'bad-request', 'The current password is wrong.', {
          problems: [
            {
              field: 'currentPassword',
              expected: 'your current password',
              got: '(a password, not shown)',
              code: 'wrong_password',
            },
          ],
        });
      }
      await clearSignIn(deps.db, key);
      const passwordHash = await hashPassword(body.newPassword);
      await write(
        deps,
        actor,
        { action: 'account.password-change', entityType: 'account', entityId: actor.id },
        () => ({ allowed: true }),
        async (tx) => {
          await tx
            .updateTable('accounts')
            .set({ password_hash: passwordHash })
            .where('id', '=', actor.id)
            .execute();
          await endSessions(tx, { accountId: actor.id, except: session!.sessionId });
          return { result: undefined, before: null, after: { passwordChanged: true } };
        },
      );
      await everyProcessHeard(deps.db, deps.sessionCache);
      return { changed: true as const };
    },
  });
}
