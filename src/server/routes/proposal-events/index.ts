/**
 * Editing together: the events of a proposal as a stream (server-sent events), and the editor's
 * heartbeat saying which sections it has open.
 */
import type { FastifyInstance } from 'fastify';
import { presenceBody, presenceView } from '../../../contracts/proposal-events.ts';
import { proposalParams } from '../../../contracts/proposals.ts';
import type { ServerDeps } from '../../deps.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canFollowProposalEvents } from '../../policies/presence-policies.ts';
import { type OpenStream, openEventStream } from '../../proposals/events/event-stream.ts';
import { announcePresence, otherEditors } from '../../proposals/events/presence.ts';
import { loadProposalRow, proposalFacts } from '../../proposals/repository.ts';

export function proposalEventRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const streams = new Set<OpenStream>();
  // Open streams never end by themselves: closing the server ends them, or it would wait forever.
  app.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.end();
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/events',
    summary:
      'The events of a proposal as server-sent events (text/event-stream): "section-saved" {section, version, by, byMe} when anyone saves a section, and "presence" {editors} with who else has which section open, on connecting and whenever it changes. For whoever may read the proposal.',
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    produces: 'text/event-stream',
    async handler({ actor, params, reply }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      enforce(
        canFollowProposalEvents(
          actor,
          await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor),
        ),
      );
      const stream = openEventStream(deps, reply, actor!, params.id, () => streams.delete(stream));
      streams.add(stream);
      return reply;
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/proposals/:id/presence',
    summary:
      'The sections I have open in the editor now (every 20 seconds while open; an empty list on leaving; gone after a minute of silence). Answers who else is editing.',
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    body: presenceBody,
    response: presenceView,
    async handler({ actor, params, body }) {
      await announcePresence(deps, actor, params.id, body.sections);
      return { editors: await otherEditors(deps, params.id, actor!.id) };
    },
  });
}
