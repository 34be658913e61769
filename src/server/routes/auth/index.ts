/** Accounts and sessions: register and sign in (both throttled), sign out, who am I. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sessionResponse, signInBody, signOutResponse } from '../../../contracts/auth.ts';
import type { SessionInfo } from '../../auth/actor.ts';
import { hashPassword, verifyNoAccount, verifyPassword } from '../../auth/passwords.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../../auth/sessions.ts';
import {
  claimPerHour,
  claimSignIn,
  clearSignIn,
  REGISTRATIONS_PER_HOUR,
  registerKey,
  signInKey,
} from '../../auth/throttle.ts';
import type { ServerDeps } from '../../deps.ts';
import { HttpError } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { write } from '../../operations/write.ts';
import { registerWithPassword } from './password-bodies.ts';
import { passwordRoutes } from './password-routes.ts';
import { refuseWhenThrottled } from './refuse-when-throttled.ts';

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
  passwordRoutes(app, deps);
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/register',
    summary: 'Create an applicant account and sign in',
    tags: ['auth'],
    auth: 'optional',
    body: registerWithPassword,
    response: sessionResponse,
    async handler({ body, reply, req }) {
      const claim = await claimPerHour(
        deps.db,
        registerKey(req.ip),
        deps.clock.now(),
        deps.registrationsPerHour ?? REGISTRATIONS_PER_HOUR,
      );
      refuseWhenThrottled(
        claim,
        reply,
        'Too many registrations from your address; try again in {seconds} seconds.',
      );
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
                    code: 'taken',
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
      'Sign in; after 5 failures in a row for an account from one client address, each further attempt from there waits twice as long (15 s up to 15 min), answered 429 with Retry-After',
    tags: ['auth'],
    auth: 'optional',
    body: signInBody,
    response: sessionResponse,
    async handler({ body, reply, req }) {
      const now = deps.clock.now();
      // Per account and client address: a stranger's wrong guesses slow the stranger, not the owner.
      const key = signInKey(body.email, req.ip);
      const claim = await claimSignIn(deps.db, key, now);
      refuseWhenThrottled(claim, reply, 'Too many failed sign-ins; try again in {seconds} seconds.');
      const account = await deps.db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', body.email)
        .executeTakeFirst();
      const ok = account
        ? await verifyPassword(account.password_hash, body.password)
        : await verifyNoAccount(body.password);
      if (!account || !ok) {
        throw new HttpError(401, 'wrong-credentials', 'The e-mail address or the password is wrong.');
      }
      await clearSignIn(deps.db, key);
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
      await deleteSession(deps.db, session!.sessionId, deps.sessionCache);
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
