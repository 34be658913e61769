/**
 * Reading a proposal's event stream (server-sent events) in tests: over app.inject, or over
 * real HTTP for a server in another process. Events are parsed as the browser's EventSource
 * parses them (event name, data lines); `next` waits for the next one that matches.
 */
import http from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TestClient } from './client.ts';

export interface StreamEvent {
  event: string;
  data: any;
}

export interface EventReader {
  status: number;
  headers: Record<string, unknown>;
  /** The next event of this name (and matching `where`), waiting up to `timeoutMs`. */
  next(event: string, where?: (data: any) => boolean, timeoutMs?: number): Promise<any>;
  /** Every event received so far, in order. */
  received: StreamEvent[];
  close(): void;
}

function reader(status: number, headers: Record<string, unknown>, body: Readable): EventReader {
  const received: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let consumed = 0;
  body.setEncoding('utf8');
  body.on('data', (chunk: string) => {
    buffer += chunk;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end < 0) break;
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) received.push({ event, data: JSON.parse(data.join('\n')) });
    }
    for (const w of waiters) w();
  });
  body.on('error', () => undefined);
  return {
    status,
    headers,
    received,
    next(event, where = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          for (let i = consumed; i < received.length; i++) {
            const e = received[i]!;
            if (e.event === event && where(e.data)) {
              consumed = i + 1;
              waiters.delete(look);
              clearTimeout(timer);
              resolve(e.data);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(
            new Error(`no "${event}" event within ${timeoutMs} ms; received: ${JSON.stringify(received)}`),
          );
        }, timeoutMs);
        waiters.add(look);
        look();
      });
    },
    close: () => body.destroy(),
  };
}

/** The stream over app.inject: answered as soon as the headers are written. */
export async function openEvents(
  app: FastifyInstance,
  client: TestClient,
  url: string,
): Promise<EventReader> {
  const res = await app.inject({
    method: 'GET',
    url,
    headers: client.cookie ? { cookie: client.cookie } : {},
    payloadAsStream: true,
  });
  return reader(res.statusCode, res.headers, res.stream());
}

/** The stream over HTTP from a server at `baseUrl`. */
export function openHttpEvents(baseUrl: string, client: TestClient, url: string): Promise<EventReader> {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(url, baseUrl), { headers: client.cookie ? { cookie: client.cookie } : {} });
    req.on('response', (res) => {
      const r = reader(res.statusCode ?? 0, res.headers, res);
      resolve({ ...r, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}
