import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { healthResponse } from '../../../contracts/health.ts';
import type { ServerDeps } from '../../deps.ts';
import { addRoute } from '../../http/route.ts';

export function healthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/healthz',
    summary: 'Liveness and database reachability',
    tags: ['health'],
    auth: 'optional',
    response: healthResponse,
    async handler() {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.dbKind, time: deps.clock.now().toISOString() };
    },
  });
}
