/**
 * The expert forms' own fields: a score in whole points with its range said in the label, and a
 * live character count read with the comment it counts.
 */
import { integer } from '../../../engine/i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { COMMENT_MAX, COMMENT_MIN, readScore } from './model.ts';

export interface ScoreFieldProps {
  id: string;
  label: string;
  value: string;
  maximum: number;
  onChange(value: string): void;
  /** What the server said about this score. */
  serverErrors?: string[] | undefined;
}

export function ScoreField({ id, label, value, maximum, onChange, serverErrors }: ScoreFieldProps) {
  const { t } = useI18n();
  const reading = readScore(value, maximum);
  const local = reading.ok
    ? undefined
    : reading.error === 'whole'
      ? t('evaluation.scoreWhole')
      : t('evaluation.scoreRange', { max: maximum });
  const errors = [local, ...(serverErrors ?? [])].filter((e): e is string => Boolean(e));
  return (
    <div className={`field score-field${errors.length > 0 ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__hint" id={`${id}-hint`}>
        {t('evaluation.scoreHint', { max: maximum })}
      </div>
      {errors.length > 0 && (
        <div className="field__error" id={`${id}-error`}>
          {errors.join(' ')}
        </div>
      )}
      <input
        id={id}
        className="input input--number score-field__input"
        type="number"
        inputMode="numeric"
        min={0}
        max={maximum}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`}
      />
    </div>
  );
}

/** A live count of a comment's characters; `minimum` 0 for a comment without a shortest length. */
export function CharCount({
  id,
  text,
  minimum = COMMENT_MIN,
}: {
  id: string;
  text: string;
  minimum?: number;
}) {
  const { t, tn, lang } = useI18n();
  const length = text.trim().length;
  const over = text.length > COMMENT_MAX;
  const short = length < minimum;
  if (minimum === 0) {
    return (
      <p id={id} className={`char-count${over ? ' char-count--over' : ''}`} data-count={text.length}>
        {tn('consensus.count', text.length, { max: integer(COMMENT_MAX, lang) })}
        {over && ` ${t('evaluation.countOver', { n: integer(text.length - COMMENT_MAX, lang) })}`}
      </p>
    );
  }
  return (
    <p
      id={id}
      className={`char-count${over ? ' char-count--over' : ''}${short ? ' char-count--short' : ''}`}
      data-count={text.length}
    >
      {tn('evaluation.count', text.length, {
        min: integer(minimum, lang),
        max: integer(COMMENT_MAX, lang),
      })}
      {short && ` ${t('evaluation.countShort', { n: integer(minimum - length, lang) })}`}
      {over && ` ${t('evaluation.countOver', { n: integer(text.length - COMMENT_MAX, lang) })}`}
    </p>
  );
}
