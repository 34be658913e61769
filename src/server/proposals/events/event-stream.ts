/**
 * One open event stream (server-sent events) of one proposal for one reader: the sections the
 * others save, and who is editing now. Presence is sent on opening, when it changes, and checked
 * again with every keep-alive, so that someone who left without saying so disappears.
 */
import type { FastifyReply } from 'fastify';
import type { PresenceView, SectionSavedEvent } from '../../../contracts/proposal-events.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ServerDeps } from '../../deps.ts';
import { eventsOf } from './events-of.ts';
import type { ProposalEvent } from './hub.ts';
import { HEARTBEAT_MS, otherEditors } from './presence.ts';

export interface OpenStream {
  end(): void;
}

export function openEventStream(
  deps: ServerDeps,
  reply: FastifyReply,
  actor: Actor,
  proposalId: string,
  onEnd: () => void,
): OpenStream {
  reply.hijack();
  const raw = reply.raw;
  // The headers the hooks set (the security headers, the session's) go out with the stream.
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) raw.setHeader(name, value as string | number | string[]);
  }
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // A reverse proxy must pass each event on at once, not buffer the stream.
    'x-accel-buffering': 'no',
  });
  let ended = false;
  let lastPresence = '';
  const send = (event: string, data: unknown) => {
    if (!ended) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // Presence reads run one after another, so an older answer never follows a newer one.
  let presenceQueue = Promise.resolve();
  const sendPresence = () => {
    presenceQueue = presenceQueue
      .then(async () => {
        if (ended) return;
        const view: PresenceView = { editors: await otherEditors(deps, proposalId, actor.id) };
        const text = JSON.stringify(view);
        if (text === lastPresence) return;
        lastPresence = text;
        send('presence', view);
      })
      .catch((error) => {
        console.error(`Presence for ${proposalId} could not be read: ${String(error)}`);
      });
  };
  const onEvent = (event: ProposalEvent) => {
    if (event.type === 'presence-changed') return sendPresence();
    const saved: SectionSavedEvent = {
      section: event.section,
      version: event.version,
      by: event.by,
      byMe: event.by.accountId === actor.id,
    };
    send('section-saved', saved);
  };
  const unsubscribe = eventsOf(deps).subscribe(proposalId, onEvent);
  const keepAlive = setInterval(() => {
    if (!ended) raw.write(': still here\n\n');
    sendPresence();
  }, HEARTBEAT_MS);
  keepAlive.unref();

  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(keepAlive);
    unsubscribe();
    if (!raw.writableEnded) raw.end();
    onEnd();
  };
  raw.on('close', end);
  raw.on('error', end);
  // How long to wait before reconnecting after the connection dropped.
  raw.write('retry: 3000\n\n');
  sendPresence();
  return { end };
}
