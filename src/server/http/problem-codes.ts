/**
 * What a zod issue says, as a machine code and the params its sentence needs, so the web app can
 * say it in English or Danish next to the field (src/web/i18n/problems.ts) instead of showing
 * zod's English. The codes are few and stable; a new zod issue kind falls back to `invalid`.
 */
import type { z } from 'zod';
import type { ProblemParam } from '../../engine/eligibility/proposal-input.ts';

export interface ProblemCode {
  code: string;
  params?: Record<string, ProblemParam>;
}

/** The allowed values of an enum or literal, as words and numbers (JSON has no other keys). */
function values(list: readonly unknown[]): (string | number)[] {
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
}

/** A bound as a plain number (zod gives bigint for bigint schemas, which the API never uses). */
const bound = (n: number | bigint): number => Number(n);

export function problemCode(issue: z.core.$ZodIssue, got: unknown): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined
        ? { code: 'required' }
        : { code: 'invalid_type', params: { expected: String(issue.expected) } };
    case 'too_small':
      if (issue.origin === 'string' && bound(issue.minimum) === 1) return { code: 'required' };
      return {
        code: 'too_small',
        params: {
          origin: String(issue.origin),
          min: bound(issue.minimum),
          inclusive: issue.inclusive !== false,
        },
      };
    case 'too_big':
      return {
        code: 'too_big',
        params: {
          origin: String(issue.origin),
          max: bound(issue.maximum),
          inclusive: issue.inclusive !== false,
        },
      };
    case 'invalid_value':
      return { code: 'invalid_enum', params: { allowed: values(issue.values) } };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: String(issue.format) } };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: issue.divisor } };
    case 'invalid_union': {
      // A discriminated union names its allowed tags: the same sentence as an enum.
      const options = 'options' in issue && issue.options ? values(issue.options) : [];
      return options.length > 0
        ? { code: 'invalid_enum', params: { allowed: options } }
        : { code: 'invalid' };
    }
    case 'custom': {
      // A refinement names its code in its params ({ code: 'too_small', min: 12, ... }).
      const { code, ...params } = issue.params ?? {};
      if (typeof code !== 'string') return { code: 'invalid' };
      const kept = Object.fromEntries(
        Object.entries(params).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)),
      ) as Record<string, ProblemParam>;
      return Object.keys(kept).length > 0 ? { code, params: kept } : { code };
    }
    default:
      return { code: 'invalid' };
  }
}
