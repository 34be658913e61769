/** The calls and what they require: the definitions with their sources, and the catalogue. */
import type { FastifyInstance } from 'fastify';
import { callDefinition, callList, callParams, catalogue } from '../../../contracts/calls.ts';
import { callDeadline } from '../../../engine/deadline/deadline.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';

export function callRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/calls',
    summary: 'The calls the platform runs, with their deadlines as instants and whether they are open',
    tags: ['calls'],
    auth: 'optional',
    response: callList,
    async handler() {
      const book = await deps.calls.ruleBook();
      const now = deps.clock.now().getTime();
      return (await deps.calls.rows()).map((row) => {
        const call = book.calls[row.id]!;
        const deadline = callDeadline(call);
        return {
          id: row.id,
          year: row.definition_year,
          title: row.title,
          titles: { en: row.title, da: row.title_da ?? row.title },
          demo: row.is_demo,
          identifier: call.call.identifier.value,
          deadline: { utc: deadline.utc, local: deadline.local, timeZone: deadline.timeZone },
          opensAt: row.opens_at?.toISOString() ?? null,
          open: now < deadline.epochMs && (row.opens_at === null || row.opens_at.getTime() <= now),
          lots: Object.values(call.lots).map((lot) => ({
            id: lot.id,
            name: lot.name.value,
            durationsMonths: lot.durationsMonths.value,
            maxGrantByDuration: lot.maxGrantByDuration.value,
            ecosystemRequired: lot.ecosystemRequired.value,
          })),
        };
      });
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/calls/:callId',
    summary: 'One call definition, every value with its status and sources (what the engines apply)',
    tags: ['calls'],
    auth: 'optional',
    params: callParams,
    response: callDefinition,
    async handler({ params }) {
      const book = await deps.calls.ruleBook(params.callId);
      const call = book.calls[params.callId];
      if (!call) throw notFound(`The call "${params.callId}"`);
      return call;
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/catalogue',
    summary: 'Countries, ecosystems and organisation types with their names in English and Danish',
    tags: ['calls'],
    auth: 'optional',
    response: catalogue,
    async handler() {
      return deps.definitions.catalogue;
    },
  });
}
