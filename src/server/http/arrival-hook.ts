/**
 * When a request arrived: read from the server's clock as the first thing the server does with
 * it, before it waits for a session lookup or a database transaction. The submission deadline is
 * decided on this instant (spec/submission-deadline.md), so a proposal that reached the server
 * before 17:00:00 Brussels time is on time however long it then queued for the database.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.ts';

declare module 'fastify' {
  interface FastifyRequest {
    arrivedAt: Date;
  }
}

export function registerArrivalHook(app: FastifyInstance, clock: Clock): void {
  app.decorateRequest('arrivedAt', undefined as unknown as Date);
  app.addHook('onRequest', async (req) => {
    req.arrivedAt = clock.now();
  });
}
