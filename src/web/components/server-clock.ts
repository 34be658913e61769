/**
 * The server's time in the page: the deadline is decided by the server's clock, and the
 * applicant's computer may be minutes or days off. The page asks the server once (/healthz
 * answers with the server's clock), keeps the difference, and ticks on from there.
 */
import { useEffect, useState } from 'react';
import type { HealthResponse } from '../../contracts/health.ts';

let offsetMs: number | undefined;
let syncing: Promise<void> | undefined;

async function measure(): Promise<void> {
  const sent = Date.now();
  const res = await fetch('/healthz', { headers: { accept: 'application/json' } });
  const received = Date.now();
  // A server whose database is down answers 503 with its own body: read the time only if it is there.
  const body = (await res.json()) as Partial<HealthResponse>;
  const server = Date.parse(body.time ?? '');
  // The server read its clock about half-way through the round trip.
  if (!Number.isNaN(server)) offsetMs = server - (sent + received) / 2;
}

export function syncServerClock(): Promise<void> {
  syncing ??= measure().catch(() => {
    // Unreachable just now: try again on the next page that asks.
    syncing = undefined;
  });
  return syncing;
}

/** The server's time now, by the page's clock corrected; undefined until it is known. */
export function serverNow(): number | undefined {
  return offsetMs === undefined ? undefined : Date.now() + offsetMs;
}

/** The server's time, ticking every second; undefined until the server has been asked. */
export function useServerNow(): number | undefined {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    let live = true;
    void syncServerClock().then(() => {
      if (live) setNow(serverNow());
    });
    const timer = setInterval(() => setNow(serverNow()), 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return now;
}
