/** Every error leaves as JSON: { error, message, ...details }, with the right status. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

/** A field that holds a password: what was typed there never leaves the server. */
const PASSWORD_FIELD = /password/i;

/** The details of an error with every problem's `got` hidden where the field holds a password. */
export function withoutPasswords(details: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(details.problems)) return details;
  const problems = details.problems.map((p: { field?: unknown; got?: unknown }) =>
    typeof p.field === 'string' && PASSWORD_FIELD.test(p.field) && 'got' in p
      ? { ...p, got: '(a password, not shown)' }
      : p,
  );
  return { ...details, problems };
}

/**
 * Where a text stopped being JSON, without quoting it: the parser's message quotes the text,
 * which may hold a password.
 */
function notJson(message: string): string {
  const at = /position (\d+)/.exec(message);
  return at ? `text that stops being JSON at position ${at[1]}` : 'text that is not JSON';
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | Error, req, reply) => {
    if (error instanceof HttpError) {
      return reply
        .status(error.status)
        .send({ error: error.code, message: error.message, ...withoutPasswords(error.details) });
    }
    const fe = error as FastifyError;
    if (
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.statusCode === 400
    ) {
      return reply.status(400).send({
        error: 'bad-request',
        message: 'The request body is not valid JSON.',
        problems: [{ field: '(body)', expected: 'a JSON document', got: notJson(fe.message) }],
      });
    }
    if (fe.statusCode === 413) {
      return reply.status(413).send({ error: 'too-large', message: 'The request body is too large.' });
    }
    if (fe.statusCode === 415) {
      return reply
        .status(415)
        .send({ error: 'unsupported-media-type', message: 'Send JSON (application/json).' });
    }
    req.log.error(error);
    return reply
      .status(500)
      .send({ error: 'internal', message: 'Something went wrong on the server; nothing was changed.' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: 'not-found', message: `No route ${req.method} ${req.url.split('?')[0]}.` }),
  );
}
