/**
 * One PostgreSQL connection per server process that listens for ended sessions and tells the
 * process's session cache (session-cache.ts). While it is not connected the cache is not used;
 * a lost connection is opened again after a second.
 */
import pg from 'pg';
import { SESSION_ENDED_CHANNEL, type SessionCache } from './session-cache.ts';

const RECONNECT_MS = 1000;

export interface SessionListener {
  stop(): Promise<void>;
}

export async function listenForEndedSessions(
  databaseUrl: string,
  cache: SessionCache,
): Promise<SessionListener> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (why: string) => {
    if (client === undefined) return;
    client = undefined;
    cache.setListening(false);
    if (stopped) return;
    console.error(
      `The listener for ended sessions lost its connection (${why}); sessions are read from the database until it is back.`,
    );
    retry = setTimeout(connect, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', (n) => {
      if (n.channel === SESSION_ENDED_CHANNEL && n.payload) cache.heard(n.payload);
    });
    c.on('error', (error) => lost(error.message));
    c.on('end', () => lost('closed'));
    try {
      await c.connect();
      await c.query(`listen ${SESSION_ENDED_CHANNEL}`);
    } catch (error) {
      c.end().catch(() => {});
      if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
      else return;
      console.error(`The listener for ended sessions could not connect: ${(error as Error).message}`);
      return;
    }
    if (stopped) {
      await c.end();
      return;
    }
    client = c;
    cache.setListening(true);
  }

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const c = client;
      client = undefined;
      cache.setListening(false);
      await c?.end();
    },
  };
}
