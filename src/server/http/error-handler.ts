/** Every error leaves as JSON: { error, message, ...details }, with the right status. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | Error, req, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.status).send({ error: error.code, message: error.message, ...error.details });
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
        problems: [{ field: '(body)', expected: 'a JSON document', got: fe.message }],
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
