/**
 * Call deadlines as instants. A call writes its deadline as a local date and time in
 * Europe/Brussels (17:00); a submission is on time when it is strictly before that instant.
 */
import type { CallDefinition, LocalDeadline } from '../call-definition/types.ts';
import { formatInZone, zonedTimeToEpochMs } from './zoned-time.ts';

export interface DeadlineInstant {
  /** Milliseconds since the epoch. */
  epochMs: number;
  /** The instant in UTC: "2025-03-06T16:00:00.000Z". */
  utc: string;
  /** The instant in the call's own zone: "2025-03-06T17:00:00+01:00". */
  local: string;
  timeZone: string;
}

export function deadlineInstant(deadline: LocalDeadline): DeadlineInstant {
  const epochMs = zonedTimeToEpochMs(deadline.date, deadline.time, deadline.timeZone);
  return {
    epochMs,
    utc: new Date(epochMs).toISOString(),
    local: formatInZone(epochMs, deadline.timeZone),
    timeZone: deadline.timeZone,
  };
}

const byCall = new WeakMap<CallDefinition, DeadlineInstant>();

export function callDeadline(call: CallDefinition): DeadlineInstant {
  let instant = byCall.get(call);
  if (!instant) {
    instant = deadlineInstant(call.call.deadline.value);
    byCall.set(call, instant);
  }
  return instant;
}

/** On time means strictly before the deadline: 16:59:59.999 is on time, 17:00:00.000 is late. */
export function isOnTime(submittedAtMs: number, deadline: DeadlineInstant): boolean {
  return submittedAtMs < deadline.epochMs;
}

// The last text parsed and its instant: a proposal is checked on every keystroke with the same
// submission time, and the input check and the deadline rule both read it (bench:rules: about
// a tenth of a check). The function stays pure; only the work is saved.
let lastText: string | undefined;
let lastInstant: number | undefined;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/**
 * Parses an ISO 8601 instant that states its offset ("Z" or "+02:00"); a local time without an
 * offset is refused, because it does not name an instant. Returns epoch milliseconds, or
 * undefined when the text is not such an instant or names an impossible date. Fractions beyond
 * milliseconds are cut, not rounded, so 16:59:59.9999 stays before 17:00.
 */
export function parseInstant(text: string): number | undefined {
  if (text === lastText) return lastInstant;
  const instant = parseInstantUncached(text);
  lastText = text;
  lastInstant = instant;
  return instant;
}

function parseInstantUncached(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let epoch = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
    epoch += m[9] === '+' ? -offset : offset;
  }
  return epoch;
}
