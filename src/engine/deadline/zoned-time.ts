/**
 * Local date and time in a named time zone → the instant it denotes, with the zone's summer and
 * winter time. Pure and dependency-free (Intl only), so the browser computes the same instant
 * as the server.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const HOUR_MS = 3_600_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at `epochMs`, in milliseconds (Brussels: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
  // Offsets change only on whole UTC hours in the zones we meet (Europe), so one lookup per zone
  // and hour is exact; Intl is slow enough that the cache matters for a check run on every keystroke.
  const hour = Math.floor(epochMs / HOUR_MS);
  const key = `${timeZone} ${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const offset = computeOffset(timeZone, hour * HOUR_MS);
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function computeOffset(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  const wholeSecond = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return asUtc - wholeSecond;
}

/**
 * The instant (epoch milliseconds) at which the wall clock in `timeZone` shows `date` `time`.
 * `date` is YYYY-MM-DD and `time` HH:MM or HH:MM:SS.
 */
export function zonedTimeToEpochMs(date: string, time: string, timeZone: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const wall = Date.UTC(
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    Number(t[1]),
    Number(t[2]),
    Number(t[3] ?? 0),
  );
  // Guess with the offset at the wall time read as UTC, then correct once: enough for any zone
  // whose offset changes at most once within a day, as European zones do.
  const first = wall - zoneOffsetMs(timeZone, wall);
  return wall - zoneOffsetMs(timeZone, first);
}

/** "2025-03-06T17:00:00+01:00": the instant written in the zone's own local time and offset. */
export function formatInZone(epochMs: number, timeZone: string): string {
  const offset = zoneOffsetMs(timeZone, epochMs);
  const local = new Date(epochMs + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60000;
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
