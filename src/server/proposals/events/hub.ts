/**
 * The proposal events of the platform: a section was saved, the people editing changed. Each
 * server process holds the open event streams of its own clients; the hub carries an event to
 * every process. On PGlite there is one process, so an in-process emitter is enough; on
 * PostgreSQL several processes (and servers) share the database, so an event goes out with
 * NOTIFY and every process, the sender included, hears it on its LISTEN connection.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';

/** What travels between processes: small, so it fits a NOTIFY payload (8000 bytes). */
export type ProposalEvent =
  | {
      type: 'section-saved';
      proposalId: string;
      section: string;
      version: number;
      by: { accountId: string; name: string };
    }
  /** Who has what open changed; each stream reads the current editors itself. */
  | { type: 'presence-changed'; proposalId: string };

export interface ProposalEventHub {
  publish(event: ProposalEvent): Promise<void>;
  /** Calls `listener` with every event of the proposal until the returned function is called. */
  subscribe(proposalId: string, listener: (event: ProposalEvent) => void): () => void;
  close(): Promise<void>;
}

export const CHANNEL = 'alliances_proposal_events';

/** The emitter every hub delivers through: one listener per open stream. */
class LocalDelivery {
  readonly emitter = new EventEmitter();
  constructor() {
    // One listener per open editor window of a proposal: many, on purpose.
    this.emitter.setMaxListeners(0);
  }
  deliver(event: ProposalEvent): void {
    this.emitter.emit(event.proposalId, event);
  }
  subscribe(proposalId: string, listener: (event: ProposalEvent) => void): () => void {
    this.emitter.on(proposalId, listener);
    return () => this.emitter.off(proposalId, listener);
  }
}

/** One process (PGlite, or a test without a database of its own): events stay in memory. */
export function inProcessHub(): ProposalEventHub {
  const local = new LocalDelivery();
  return {
    publish: async (event) => local.deliver(event),
    subscribe: (id, listener) => local.subscribe(id, listener),
    close: async () => {
      local.emitter.removeAllListeners();
    },
  };
}

/**
 * Several processes on one PostgreSQL: NOTIFY through the pool, LISTEN on a connection of its
 * own, which comes back by itself after PostgreSQL closes it (a restart); events sent while it
 * was away are lost, and the editors then catch up on their next reload or save.
 */
export async function postgresHub(
  databaseUrl: string,
  notify: (channel: string, payload: string) => Promise<void>,
): Promise<ProposalEventHub> {
  const local = new LocalDelivery();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const scheduleReconnect = () => {
    if (closed || retry) return;
    client = undefined;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(scheduleReconnect);
    }, 1000);
    retry.unref();
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        local.deliver(JSON.parse(message.payload) as ProposalEvent);
      } catch {
        // Not one of ours: ignored.
      }
    });
    c.on('error', (error) => {
      console.error(`The connection that listens for proposal events was closed: ${error.message}`);
      if (client === c) scheduleReconnect();
    });
    c.on('end', () => {
      if (client === c) scheduleReconnect();
    });
    client = c;
    await c.connect();
    await c.query(`listen ${CHANNEL}`);
  };
  await connect();

  return {
    publish: (event) => notify(CHANNEL, JSON.stringify(event)),
    subscribe: (id, listener) => local.subscribe(id, listener),
    close: async () => {
      closed = true;
      clearTimeout(retry);
      local.emitter.removeAllListeners();
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
