/**
 * A failed request, said plainly: the server's message and, for each field it names, what it
 * expected and what it got. When the field is on the page, the problem links to it.
 */
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface ErrorMessageProps {
  error: unknown;
  /** The id of the input that holds a field the server names, when it is on this page. */
  inputFor?: (field: string) => string | undefined;
}

export function ErrorMessage({ error, inputFor }: ErrorMessageProps) {
  const { t } = useI18n();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const message = apiError?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{apiError?.status === 0 ? t('error.network') : t('error.title')}</p>
      <p>{message}</p>
      {apiError && apiError.problems.length > 0 && (
        <ul className="problems">
          {apiError.problems.map((p) => {
            const id = inputFor?.(p.field);
            const name = <code>{p.field}</code>;
            return (
              <li key={`${p.field}|${p.expected}`}>
                {id ? (
                  <a href={`#${id}`} onClick={focusInput(id)}>
                    {name}
                  </a>
                ) : (
                  name
                )}
                {': '}
                {t('error.expected', { expected: p.expected, got: p.got })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** In a hash-routed app a #id link would change the route: focus the input instead. */
function focusInput(id: string) {
  return (event: React.MouseEvent) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}
