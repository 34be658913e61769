/**
 * A number typed the way the reader writes numbers (1.500 in Danish, 1,500 in English; 2,5 or
 * 2.5 person-months). What cannot be read is said next to the field and nothing is changed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber, type NumberKind, parseNumber } from '../editor/model/numbers.ts';
import { useI18n } from '../i18n/i18n.tsx';

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
  const { t, lang } = useI18n();
  const auto = useId();
  const inputId = id ?? auto;
  const [text, setText] = useState(() => formatNumber(value, kind, lang));
  const [error, setError] = useState<string>();
  const focused = useRef(false);

  useEffect(() => {
    // Follow changes from elsewhere (a merge, a reload, the language), not while typing.
    if (!focused.current) {
      setText(formatNumber(value, kind, lang));
      setError(undefined);
    }
  }, [value, kind, lang]);

  const change = (next: string) => {
    setText(next);
    const parsed = parseNumber(next, kind, lang);
    if (parsed === undefined) {
      setError(kind === 'decimal' ? t('number.decimal') : t('number.whole'));
    } else if (max !== undefined && parsed > max) {
      setError(t('number.max', { max: formatNumber(max, kind, lang) }));
    } else {
      setError(undefined);
      if (parsed !== value) onChange(parsed);
    }
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
