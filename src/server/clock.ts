/**
 * The server's clock decides whether a submission is on time, so it is injected: tests set it
 * to 16:59:59.999 Brussels time; production reads the system clock.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put: for tests. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: Date | string) {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}

/**
 * ALLIANCES_CLOCK_START=<instant> starts the clock at that instant and lets it run from there:
 * how a test puts a whole server process (or two) just before a deadline.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv): Clock {
  const start = env.ALLIANCES_CLOCK_START;
  if (!start) return systemClock;
  const startMs = Date.parse(start);
  if (Number.isNaN(startMs))
    throw new Error(`ALLIANCES_CLOCK_START: expected an ISO 8601 instant; got "${start}"`);
  const offset = startMs - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
