/**
 * Who is asking: the session cookie is read on every request. Cookie-authenticated writes must
 * carry the session's CSRF token in the x-csrf-token header, so another site cannot make a
 * signed-in browser write.
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { SessionInfo } from '../auth/actor.ts';
import { findSession, SESSION_COOKIE } from '../auth/sessions.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionInfo | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes that need no CSRF token: signing in, registering and resetting a forgotten password act
 * for no session (the reset's token is its own proof).
 */
const CSRF_EXEMPT = new Set([
  '/api/v1/auth/sign-in',
  '/api/v1/auth/register',
  '/api/v1/auth/password-reset/request',
  '/api/v1/auth/password-reset',
  '/api/v1/check',
]);

export function registerSessionHook(app: FastifyInstance, deps: ServerDeps): void {
  app.decorateRequest('session', undefined);
  app.addHook('preHandler', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findSession(deps.db, token, deps.clock.now(), deps.sessionCache);
    if (!session) return;
    const path = req.url.split('?')[0]!;
    if (!SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(path)) {
      if (req.headers['x-csrf-token'] !== session.csrfToken) {
        throw new HttpError(
          403,
          'csrf',
          'The request lacks the CSRF token of this session (header x-csrf-token).',
        );
      }
    }
    req.session = session;
  });
}
