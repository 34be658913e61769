/**
 * A problem the server names (src/contracts/common.ts: field path, machine code, params) as a
 * sentence in the reader's language, and the field as people call it. The server's English
 * `expected` is shown only to English readers of a problem that carries no code.
 */
import type { Problem } from '../../contracts/common.ts';
import type { Lang } from '../../engine/call-definition/types.ts';
import { locale } from '../../engine/i18n/format.ts';
import type { ApiError } from '../api/client.ts';
import { type CountedKey, en, type MessageKey } from './en.ts';
import type { Params } from './translate.ts';

export interface ProblemWords {
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  tn(key: CountedKey, n: number, params?: Params): string;
  /** An allowed value as people know it ("Higher education institution", not `hei`). */
  valueLabel(value: string | number): string;
}

const has = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The words of a path: "data.workPackages[0].deliverables[1].title" → workPackages 0, deliverables 1, title. */
function segments(field: string): { name: string; index?: number }[] {
  const out: { name: string; index?: number }[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) {
      const last = out[out.length - 1];
      if (last && last.index === undefined) last.index = Number(m[2]);
    } else out.push({ name: m[1]! });
  }
  return out;
}

/** The field as a person names it ("Work package 1 › Deliverable 2 › Title"), never a raw path. */
export function fieldLabel(field: string, words: Pick<ProblemWords, 't'>): string {
  if (field === '(body)' || field === '(top level)') return words.t('field.body');
  const parts: string[] = [];
  for (const { name, index } of segments(field)) {
    const key = `field.${name}`;
    if (!has(key)) continue;
    if (index !== undefined) parts.push(words.t(key, { n: index + 1 }));
    else if (!/\{n\}/.test(en[key])) parts.push(words.t(key));
  }
  return parts.length > 0 ? parts.join(' › ') : words.t('field.unknown');
}

/** The last named part of a path: what the field is ("pic", "email"). */
function lastName(field: string): string {
  return segments(field).at(-1)?.name ?? '';
}

const number = (n: unknown, lang: Lang): string =>
  typeof n === 'number' ? n.toLocaleString(locale(lang)) : String(n ?? '');

function countOrigin(origin: unknown): 'string' | 'number' | 'array' | undefined {
  if (origin === 'string') return 'string';
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return 'number';
  if (origin === 'array' || origin === 'set') return 'array';
  return undefined;
}

/** One problem as a sentence: "Write at least 2 characters." / "Vælg en af: …". */
export function problemSentence(p: Problem, words: ProblemWords): string {
  const { t, tn, lang } = words;
  const params = p.params ?? {};
  switch (p.code) {
    case 'required':
      return t('problem.required');
    case 'too_small':
    case 'too_big': {
      const origin = countOrigin(params.origin);
      const bound = Number(p.code === 'too_small' ? params.min : params.max);
      if (!origin || !Number.isFinite(bound)) return t('problem.invalid');
      if (origin === 'string') return tn(`problem.${p.code}.string`, bound);
      if (origin === 'array') return t(`problem.${p.code}.array`, { n: number(bound, lang) });
      const exclusive = params.inclusive === false ? 'Exclusive' : '';
      return t(`problem.${p.code}.number${exclusive}`, { n: number(bound, lang) });
    }
    case 'invalid_enum': {
      const allowed = Array.isArray(params.allowed) ? params.allowed : [];
      if (allowed.length === 0) return t('problem.invalid');
      const list = new Intl.ListFormat(locale(lang), { type: 'disjunction' });
      return t('problem.invalid_enum', { allowed: list.format(allowed.map((v) => words.valueLabel(v))) });
    }
    case 'invalid_type': {
      const key = `problem.invalid_type.${String(params.expected)}`;
      return t(has(key) ? key : 'problem.invalid_type');
    }
    case 'invalid_format': {
      const byField = `problem.invalid_format.${lastName(p.field)}`;
      const byFormat = `problem.invalid_format.${String(params.format)}`;
      return t(has(byField) ? byField : has(byFormat) ? byFormat : 'problem.invalid_format');
    }
    case 'score_range':
      return t('problem.score_range', { max: number(params.max, lang) });
    case 'comment_too_short':
      return t('problem.comment_too_short', {
        min: number(params.min, lang),
        length: number(params.length, lang),
      });
    case 'criterion_missing':
      return t('problem.criterion_missing');
    case 'not_multiple_of':
      return t('problem.not_multiple_of', { divisor: number(params.divisor, lang) });
    case 'unknown_field':
    case 'taken':
    case 'wrong_password':
    case 'unknown_reference':
    case 'common_password':
    case 'duplicate':
    case 'expired_link':
    case 'nothing_saved':
    case 'invalid':
      return t(`problem.${p.code}`);
    default:
      // A problem without a code (written by hand on the server) is English only: Danish
      // readers get the plain sentence rather than English.
      return lang === 'en' ? `Expected ${p.expected}.` : t('problem.invalid');
  }
}

/**
 * What the server refused, as a title in the reader's language: English readers get the server's
 * own sentence (written for people, and often more precise), Danish ones the catalogue's sentence
 * for the error's code, or for its status.
 */
export function refusalMessage(error: ApiError, words: Pick<ProblemWords, 't' | 'tn' | 'lang'>): string {
  if (words.lang === 'en' && error.message) return error.message;
  const key = `serverError.${error.code}`;
  if (error.code === 'too-many-attempts') {
    const wait = Number(error.body.retryAfterSeconds);
    if (Number.isFinite(wait)) return words.tn('serverError.too-many-attempts', wait);
  }
  if (has(key) && !/\{n\}/.test(en[key])) return words.t(key);
  const byStatus = `serverError.${error.status}`;
  return words.t(has(byStatus) ? byStatus : 'serverError.other');
}
