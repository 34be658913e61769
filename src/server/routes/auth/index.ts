/** Accounts and sessions: register, sign in (rate-limited), sign out, who am I. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { registerBody, sessionResponse, signInBody, signOutResponse } from '../../../contracts/auth.ts';
import type { SessionInfo } from '../../auth/actor.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../../auth/sessions.ts';
import { clearFailures, recordFailure, retryAfterSeconds } from '../../auth/sign-in-limit.ts';
import type { ServerDeps } from '../../deps.ts';
import { HttpError } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { write } from '../../operations/write.ts';

function setSessionCookie(reply: FastifyReply, deps: ServerDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.secureCookies,
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

function sessionView(s: Pick<SessionInfo, 'actor' | 'csrfToken' | 'expiresAt'>) {
  return { account: s.actor, csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
}

export function authRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/register',
    summary: 'Create an applicant account and sign in',
    tags: ['auth'],
    auth: 'optional',
    body: registerBody,
    response: sessionResponse,
    async handler({ body, reply }) {
      const id = randomUUID();
      const passwordHash = await hashPassword(body.password);
      const account = await write(
        deps,
        undefined,
        { action: 'account.register', entityType: 'account', entityId: id },
        () => ({ allowed: true }),
        async (tx, now) => {
          const taken = await tx
            .selectFrom('accounts')
            .select('id')
            .where('email', '=', body.email)
            .executeTakeFirst();
          if (taken) {
            throw new HttpError(
              409,
              'email-taken',
              'An account with this e-mail address exists; sign in instead.',
              {
                problems: [
                  {
                    field: 'email',
                    expected: 'an address without an account',
                    got: JSON.stringify(body.email),
                  },
                ],
              },
            );
          }
          const row = { id, email: body.email, name: body.name, role: 'applicant' as const };
          await tx
            .insertInto('accounts')
            .values({ ...row, password_hash: passwordHash, created_at: now })
            .execute();
          return { result: row, before: null, after: row };
        },
      );
      const session = await createSession(deps.db, account.id, deps.clock.now());
      setSessionCookie(reply, deps, session.token);
      return sessionView({ actor: account, ...session });
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    summary:
      'Sign in; after 5 failures for an address within 15 minutes, answers 429 until the window passes',
    tags: ['auth'],
    auth: 'optional',
    body: signInBody,
    response: sessionResponse,
    async handler({ body, reply, req }) {
      const now = deps.clock.now();
      const wait = await retryAfterSeconds(deps.db, body.email, req.ip, now);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(
          429,
          'too-many-attempts',
          `Too many failed sign-ins; try again in ${wait} seconds.`,
          {
            retryAfterSeconds: wait,
          },
        );
      }
      const account = await deps.db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', body.email)
        .executeTakeFirst();
      if (!account || !(await verifyPassword(account.password_hash, body.password))) {
        await recordFailure(deps.db, body.email, req.ip, now);
        throw new HttpError(401, 'wrong-credentials', 'The e-mail address or the password is wrong.');
      }
      await clearFailures(deps.db, body.email);
      const session = await createSession(deps.db, account.id, now);
      setSessionCookie(reply, deps, session.token);
      const actor = { id: account.id, email: account.email, name: account.name, role: account.role };
      return sessionView({ actor, ...session });
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/sign-out',
    summary: 'End the session',
    tags: ['auth'],
    auth: 'required',
    response: signOutResponse,
    async handler({ session, reply }) {
      await deleteSession(deps.db, session!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { signedOut: true as const };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/auth/session',
    summary: 'The signed-in account and the CSRF token to send with writes',
    tags: ['auth'],
    auth: 'required',
    response: sessionResponse,
    async handler({ session }) {
      return sessionView(session!);
    },
  });
}
