/**
 * A failed request, said plainly in the reader's language: what was refused and, for each field
 * the server names, a sentence (src/web/i18n/problems.ts). A field on this page shows its
 * sentence next to it (fields.tsx) and the summary links to it; a field with none is named by
 * its label in the summary, never by its path.
 */
import { useEffect } from 'react';
import type { Problem } from '../../contracts/common.ts';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldLabel, problemSentence, refusalMessage } from '../i18n/problems.ts';
import { useProblemWords } from './problem-words.ts';
import { showServerProblems } from './server-problems.ts';

export interface ErrorMessageProps {
  error: unknown;
  /** The id of the input that holds a field the server names, when it is on this page. */
  inputFor?: (field: string) => string | undefined;
}

export function ErrorMessage({ error, inputFor }: ErrorMessageProps) {
  const { t } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t('error.title')}</p>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </div>
    );
  }
  return <Refusal error={error} inputFor={inputFor} />;
}

interface Item {
  problem: Problem;
  id: string | undefined;
  label: string;
  sentence: string;
}

function Refusal({ error, inputFor }: { error: ApiError; inputFor: ErrorMessageProps['inputFor'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = useProblemWords(error.problems);
  const items = error.problems.map((problem): Item => {
    const id = inputFor?.(problem.field);
    return {
      problem,
      id,
      label: (id && labelOnPage(id)) || fieldLabel(problem.field, i18n),
      sentence: problemSentence(problem, words),
    };
  });
  const atInputs = items.filter((i) => i.id).map((i) => [i.id!, i.sentence] as const);
  const key = JSON.stringify(atInputs);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the content of atInputs.
  useEffect(() => showServerProblems(atInputs), [key]);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{error.status === 0 ? t('error.network') : t('error.title')}</p>
      <p>{refusalMessage(error, i18n)}</p>
      {items.length > 0 && (
        <ul className="problems">
          {items.map(({ problem, id, label, sentence }) => (
            <li key={`${problem.field}|${problem.code ?? problem.expected}`}>
              {id ? (
                <a href={`#${id}`} onClick={focusInput(id)}>
                  {label}
                </a>
              ) : (
                label
              )}
              {': '}
              {sentence}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The visible label of an input on the page, as the reader sees it next to the field. */
function labelOnPage(id: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label?.textContent?.trim() || undefined;
}

/** In a hash-routed app a #id link would change the route: focus the input instead. */
function focusInput(id: string) {
  return (event: React.MouseEvent) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}
