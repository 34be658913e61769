/**
 * The security headers of every answer: helmet's, with the platform's content security policy
 * (app.ts), worked out once when the server starts. @fastify/helmet built helmet's middleware
 * again for every request, parsing the policy each time: 4 % of the server's CPU in a profile
 * of section saves. The headers do not depend on the request, so one object serves them all.
 */
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with these options, as one object of lower-case names. */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  // helmet's middleware only sets and removes headers; it reads nothing of the request.
  helmet(options)({} as never, response as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Every answer carries the headers: pages, API answers, errors, 404s and event streams alike. */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
