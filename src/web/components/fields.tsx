/**
 * Form fields with their labels, hints and errors wired up for assistive technology: every
 * input has a visible <label>, the hint and the error are read with it (aria-describedby). The
 * error is the page's own, or else the sentence of the server's refusal for this input.
 */
import { type ReactNode, useId } from 'react';
import { useServerProblem } from './server-problems.ts';

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string | undefined;
  className?: string;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown) {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The page's own error for the input, or else the server's sentence for it. */
function useShownError(id: string, own: string | undefined): string | undefined {
  const fromServer = useServerProblem(id);
  return own ?? fromServer;
}

function Wrap({ id, label, hint, error, className, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field__error" id={`${id}-error`}>
          {error}
        </div>
      )}
      {children}
    </div>
  );
}

export interface TextFieldProps extends Common {
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number' | 'search';
  autoComplete?: string;
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number | 'any';
}

export function TextField(props: TextFieldProps) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = useShownError(id, props.error);
  return (
    <Wrap {...props} id={id} error={error}>
      <input
        id={id}
        className="input"
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange?.(e.target.value)}
        autoComplete={props.autoComplete}
        required={props.required}
        readOnly={props.readOnly}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        step={props.step}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, props.hint, error)}
      />
    </Wrap>
  );
}

export interface TextAreaProps extends Common {
  value: string;
  onChange?: (value: string) => void;
  rows?: number;
  readOnly?: boolean;
  /** Extra ids to read with the field (a live character count). */
  describedBy?: string;
  /** The browser refuses typing and pasting past it, so a huge paste never reaches the app. */
  maxLength?: number;
}

export function TextArea(props: TextAreaProps) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = useShownError(id, props.error);
  const described = [describedBy(`${id}-hint`, `${id}-error`, props.hint, error), props.describedBy]
    .filter(Boolean)
    .join(' ');
  return (
    <Wrap {...props} id={id} error={error}>
      <textarea
        id={id}
        className="input textarea"
        value={props.value}
        rows={props.rows ?? 5}
        readOnly={props.readOnly}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange?.(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
    </Wrap>
  );
}

export interface SelectFieldProps<T extends string> extends Common {
  value: T;
  options: { value: T; label: string }[];
  onChange?: (value: T) => void;
  disabled?: boolean;
  required?: boolean;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const auto = useId();
  const id = props.id ?? auto;
  const error = useShownError(id, props.error);
  return (
    <Wrap {...props} id={id} error={error}>
      <select
        id={id}
        className="input select"
        value={props.value}
        disabled={props.disabled}
        required={props.required}
        onChange={(e) => props.onChange?.(e.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, props.hint, error)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export interface CheckboxProps {
  id?: string | undefined;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange?: (checked: boolean) => void;
  disabled?: boolean;
}

export function Checkbox(props: CheckboxProps) {
  const auto = useId();
  const id = props.id ?? auto;
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange?.(e.target.checked)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <div className="field__hint checkbox__hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}
