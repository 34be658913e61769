/**
 * Sessions a server process has looked up recently, so that a request does not spend a database
 * round trip on its session (at a deadline every save and submission starts with one).
 *
 * Safe across processes because every statement that ends a session also sends a PostgreSQL
 * notification with the session's id in the same transaction (sessions.ts, endSessions), and
 * every process listens for it (session-listener.ts) and forgets that session. The cache is only
 * used while the process is listening: before the listener is connected and after its connection
 * is lost, every request reads its session from the database, and a reconnection starts from an
 * empty cache. A looked-up session is kept at most TTL_MS, a bound in case a notification were
 * ever missed; its expiry is checked on every request.
 */
import type { SessionInfo } from './actor.ts';

/** The notification channel; the payload is the ended session's id (the SHA-256 of its token). */
export const SESSION_ENDED_CHANNEL = 'alliances_session_ended';
const TTL_MS = 30_000;
/** Beyond this many sessions in one process the cache starts again empty (memory stays bounded). */
const MAX_ENTRIES = 50_000;

/** Taken before a lookup: whether a session may still be remembered when the lookup answers. */
export interface LookupTicket {
  generation: number;
}

export class SessionCache {
  readonly #entries = new Map<string, { session: SessionInfo; until: number }>();
  /** Who waits for which notification (expectNotice). */
  readonly #waiting = new Map<string, (() => void)[]>();
  /** Moves on at every ended session and every change of listening: a lookup that started before may be stale. */
  #generation = 0;
  #listening = false;
  readonly #monotonic: () => number;

  constructor(monotonic: () => number = () => performance.now()) {
    this.#monotonic = monotonic;
  }

  get listening(): boolean {
    return this.#listening;
  }

  /** The session if it was looked up recently and has not expired at `now`. */
  get(sessionId: string, now: Date): SessionInfo | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= this.#monotonic() || entry.session.expiresAt.getTime() <= now.getTime()) {
      this.#entries.delete(sessionId);
      return undefined;
    }
    return entry.session;
  }

  ticket(): LookupTicket {
    return { generation: this.#generation };
  }

  /**
   * Keeps what a lookup read, unless a session ended (or listening stopped) while it was on its
   * way: the row it read may be one that has been deleted since.
   */
  remember(sessionId: string, session: SessionInfo, ticket: LookupTicket): void {
    if (!this.#listening || ticket.generation !== this.#generation) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(sessionId, { session, until: this.#monotonic() + TTL_MS });
  }

  /** A notification: the session has ended in some process (or a notice someone waits for). */
  heard(payload: string): void {
    this.#generation++;
    this.#entries.delete(payload);
    for (const done of this.#waiting.get(payload) ?? []) done();
  }

  /** The listener connected (true) or lost its connection (false): either way, start again empty. */
  setListening(listening: boolean): void {
    this.#generation++;
    this.#entries.clear();
    this.#listening = listening;
  }

  /**
   * Resolves when this process hears the notification `payload` (or after `timeoutMs`, or at
   * once when not listening). Asked before the notification is sent, so that it cannot arrive
   * unheard before the waiting starts.
   */
  expectNotice(payload: string, timeoutMs: number): Promise<void> {
    if (!this.#listening) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        const rest = (this.#waiting.get(payload) ?? []).filter((f) => f !== done);
        if (rest.length > 0) this.#waiting.set(payload, rest);
        else this.#waiting.delete(payload);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#waiting.set(payload, [...(this.#waiting.get(payload) ?? []), done]);
    });
  }
}
