/**
 * Instants shown to people, through one formatter: in Brussels time (where the call defines its
 * deadline and where the agency works) with the zone's name, so "17:00" never leaves the reader
 * guessing whose 17:00 (CET in winter, CEST in summer); formatted for the chosen language. A
 * deadline may add the reader's own zone next to it, named too. And the time left as a countdown.
 */
import type { Lang } from '../../engine/call-definition/types.ts';
import { locale } from '../../engine/i18n/format.ts';

export const BRUSSELS = 'Europe/Brussels';

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface TimeOptions {
  /** With seconds: a deadline at 17:00:00 or a receipt's exact arrival. */
  seconds?: boolean;
  /** Another zone than Brussels: only beside the Brussels time, for the reader's own clock. */
  timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, timeZone: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${seconds}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      timeZoneName: 'short',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * "27 January 2027 at 17:00 CET" / "27. januar 2027 kl. 17.00 CET"; in summer "… CEST". Every
 * time the web app shows goes through here.
 */
export function formatTime(instant: string | number | Date, lang: Lang, options: TimeOptions = {}): string {
  return formatter(lang, options.timeZone ?? BRUSSELS, options.seconds ?? false)
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
