/**
 * A number typed the way the reader writes numbers (1.500 in Danish, 1,500 in English; 2,5 or
 * 2.5 person-months). What cannot be read, or is out of range, is said next to the field in the
 * field's own terms (a month, euros, person-months) and nothing is changed; the frame around the
 * field hears of it, so it does not claim that everything is saved.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber, type NumberKind, parseNumber } from '../editor/model/numbers.ts';
import { type I18n, useI18n } from '../i18n/i18n.tsx';
import { useFieldValidity } from './field-validity.tsx';

export interface NumberInputProps {
  id?: string;
  value: number;
  onChange(value: number): void;
  kind: NumberKind;
  /** A visible label; or else the ids of the row and column headers that name a table cell. */
  label?: string;
  labelledBy?: string;
  readOnly?: boolean;
  max?: number;
  className?: string;
}

/** What is wrong with the text, in the field's terms; undefined when it is a value to keep. */
export function numberProblem(text: string, kind: NumberKind, max: number | undefined, i18n: I18n) {
  const { t, lang } = i18n;
  const parsed = parseNumber(text, kind, lang);
  if (kind === 'month') {
    const ok = parsed !== undefined && parsed >= 1 && (max === undefined || parsed <= max);
    return ok ? undefined : t('number.month', { max: max ?? 120 });
  }
  if (/^\s*[-\u2212]/.test(text)) return t('number.notNegative');
  if (parsed === undefined) {
    if (kind === 'decimal') return t('number.decimal');
    return kind === 'integer' ? t('number.integer') : t('number.whole');
  }
  if (max !== undefined && parsed > max) return t('number.max', { max: formatNumber(max, kind, lang) });
  return undefined;
}

export function NumberInput({
  id,
  value,
  onChange,
  kind,
  label,
  labelledBy,
  readOnly,
  max,
  className,
}: NumberInputProps) {
  const i18n = useI18n();
  const { lang } = i18n;
  const validity = useFieldValidity();
  const auto = useId();
  const inputId = id ?? auto;
  const [text, setText] = useState(() => formatNumber(value, kind, lang));
  const [error, setError] = useState<string>();
  const focused = useRef(false);

  // The value and kind the text was last written from: a change of them comes from elsewhere.
  const shown = useRef({ value, kind });
  // biome-ignore lint/correctness/useExhaustiveDependencies: it follows the value, kind and language only.
  useEffect(() => {
    // Follow changes from elsewhere (a merge, a reload, the language), not while typing.
    if (focused.current) return;
    const fromElsewhere = shown.current.value !== value || shown.current.kind !== kind;
    shown.current = { value, kind };
    if (!fromElsewhere && error !== undefined) {
      // Only the language changed: the refused text stays on screen, still holding back "saved",
      // with its message in the new language (writing the old value over it would drop what the
      // applicant typed without a word).
      change(text);
      return;
    }
    setText(formatNumber(value, kind, lang));
    setError(undefined);
  }, [value, kind, lang]);

  useEffect(() => {
    validity?.report(inputId, error);
  }, [validity, inputId, error]);
  // A field that goes away (another tab, a removed work package) takes its text with it.
  useEffect(() => () => validity?.report(inputId, undefined), [validity, inputId]);

  const change = (next: string) => {
    setText(next);
    const problem = numberProblem(next, kind, max, i18n);
    setError(problem);
    const parsed = parseNumber(next, kind, lang);
    if (!problem && parsed !== undefined && parsed !== value) onChange(parsed);
  };

  const input = (
    <input
      id={inputId}
      className={`input input--number${className ? ` ${className}` : ''}`}
      type="text"
      inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
      value={text}
      readOnly={readOnly}
      aria-labelledby={label ? undefined : labelledBy}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${inputId}-error` : undefined}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        if (!error) setText(formatNumber(value, kind, lang));
      }}
      onChange={(e) => change(e.target.value)}
    />
  );
  const errorText = error && (
    <span className="field__error" id={`${inputId}-error`}>
      {error}
    </span>
  );
  if (!label) {
    return (
      <>
        {input}
        {errorText}
      </>
    );
  }
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {errorText}
      {input}
    </div>
  );
}
