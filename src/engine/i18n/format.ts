/**
 * Formatting of numbers, money, lists and dates per language, shared by the engines' messages
 * and the web app. Money is whole euros; nothing here does arithmetic on it.
 */
import type { Lang, Localised } from '../call-definition/types.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK' };

function cached<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return (lang) => {
    let value = cache.get(lang);
    if (value === undefined) {
      value = make(lang);
      cache.set(lang, value);
    }
    return value;
  };
}

const euroFormat = cached(
  (lang) =>
    new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency: 'EUR',
      currencyDisplay: 'code',
      maximumFractionDigits: 0,
    }),
);
const integerFormat = cached((lang) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }));
const percentFormat = cached((lang) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }));
const andList = cached((lang) => new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }));
const orList = cached((lang) => new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }));

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

/** "EUR 1,500,000" / "1.500.000 EUR" (spaces normalised so messages compare as plain text). */
export function euros(amount: number, lang: Lang): string {
  return euroFormat(lang)
    .format(amount)
    .replace(/\u00a0/g, ' ');
}

export function integer(n: number, lang: Lang): string {
  return integerFormat(lang)
    .format(n)
    .replace(/\u00a0/g, ' ');
}

/** A ratio as a percentage for display only: percentOf(900000, 1000000) → "90". */
export function percentOf(part: number, whole: number, lang: Lang): string {
  return percentFormat(lang).format(whole === 0 ? 0 : (part * 100) / whole);
}

export function listAnd(items: readonly string[], lang: Lang): string {
  return andList(lang).format(items);
}

export function listOr(items: readonly string[], lang: Lang): string {
  return orList(lang).format(items);
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
};

/**
 * A calendar date written "YYYY-MM-DD" as people read it: "8 April 2022" / "8. april 2022".
 * Spelled out here rather than by Intl, whose month names vary with the ICU data shipped.
 */
export function longDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const name = MONTHS[lang][month - 1] ?? String(month);
  return lang === 'da' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/**
 * A local date and time, "YYYY-MM-DD" and "HH:MM" (or "HH:MM:SS"), in a named zone, as people read it:
 * "6 March 2025, 17:00 (Brussels time)" / "6. marts 2025 kl. 17.00 (Bruxelles-tid)".
 */
export function localDateTime(isoDate: string, time: string, timeZone: string, lang: Lang): string {
  const zone = ZONE_NAMES[timeZone]?.[lang] ?? timeZone;
  return lang === 'da'
    ? `${longDate(isoDate, lang)} kl. ${time.replaceAll(':', '.')} (${zone}-tid)`
    : `${longDate(isoDate, lang)}, ${time} (${zone} time)`;
}

const ZONE_NAMES: Record<string, Localised> = {
  'Europe/Brussels': { en: 'Brussels', da: 'Bruxelles' },
};

/** Builds the same message in every language from one function of the language. */
export function localised(make: (lang: Lang) => string): Localised {
  return { en: make('en'), da: make('da') };
}

const pluralRules = cached((lang) => new Intl.PluralRules(LOCALES[lang]));

/** A noun's forms: `one` for what the language's plural rules call "one", `other` for the rest. */
export interface NounForms {
  one: string;
  other: string;
  /** Danish neuter ("et land"): one is written "ét", not "én". */
  neuter?: boolean;
}

/** The noun's form for a count, as the language's plural rules (Intl.PluralRules) choose it. */
export function plural(n: number, lang: Lang, forms: NounForms): string {
  return pluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
}

/** A count and its noun: "1 applicant", "3 applicants"; "én ansøger", "ét land", "3 ansøgere". */
export function countOf(n: number, lang: Lang, forms: NounForms): string {
  const noun = plural(n, lang, forms);
  if (lang === 'da' && n === 1) return `${forms.neuter ? 'ét' : 'én'} ${noun}`;
  return `${integer(n, lang)} ${noun}`;
}
