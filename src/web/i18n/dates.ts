/**
 * Instants shown to people: in Brussels time (where the deadline is defined) and in the
 * reader's own time zone, formatted for the chosen language; and the time left as a countdown.
 */
import type { Lang } from '../../engine/call-definition/types.ts';
import { locale } from '../../engine/i18n/format.ts';

export const BRUSSELS = 'Europe/Brussels';

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string, withZone: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${withZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      timeZone,
      dateStyle: 'long',
      timeStyle: withZone ? 'long' : 'short',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

/** "27 January 2027 at 17:00:00 CET" / "27. januar 2027 kl. 17.00.00 CET" (with the zone's name). */
export function formatInstant(instant: string | number | Date, lang: Lang, timeZone: string): string {
  return formatter(lang, timeZone, true)
    .format(new Date(instant))
    .replace(/\u202f|\u00a0/g, ' ');
}

/** Date and time without seconds or zone, for lists. */
export function formatShort(instant: string | number | Date, lang: Lang, timeZone = userTimeZone()): string {
  return formatter(lang, timeZone, false)
    .format(new Date(instant))
    .replace(/\u202f|\u00a0/g, ' ');
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  passed: boolean;
}

/** Whole days, hours, minutes and seconds from `now` to `deadline` (zeros once it has passed). */
export function timeLeft(deadlineMs: number, nowMs: number): TimeLeft {
  const left = Math.max(0, deadlineMs - nowMs);
  const total = Math.floor(left / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    passed: nowMs >= deadlineMs,
  };
}
