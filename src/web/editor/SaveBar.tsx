/**
 * What is not saved yet, and the button that saves it. Stays in view while scrolling. A field
 * whose text cannot be kept holds back "saved" until it is fixed. Sections the server refused
 * are listed by name (the partner's, for a partner's section), each linked to its field.
 */

import { sectionWriteField } from '../../engine/proposal/field-paths.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { sectionLabel } from './conflict/section-label.ts';
import { useEditorContext } from './editor-context.tsx';
import { fieldTarget } from './model/field-target.ts';
import { FieldLink } from './panel/FieldLink.tsx';

export function SaveBar() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const editor = useEditorContext();
  const count = editor.dirty.length;
  const invalid = Object.keys(editor.invalidFields).length;
  const failures = editor.saveFailures;
  const readOnly = editor.view.permissions.editableSections.length === 0;
  if (readOnly) {
    return (
      <div className="save-bar save-bar--readonly" role="status">
        {editor.view.deadline.passed ? t('editor.closedReadOnly') : t('editor.readOnly')}
      </div>
    );
  }
  const state = editor.saving
    ? t('save.saving')
    : [
        count > 0 ? tn('save.unsaved', count) : invalid > 0 ? '' : t('save.allSaved'),
        invalid > 0 ? tn('save.invalid', invalid) : '',
      ]
        .filter(Boolean)
        .join(' ');
  return (
    <div className="save-bar">
      <p className={`save-bar__state${invalid > 0 ? ' save-bar__state--invalid' : ''}`} role="status">
        {state}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void editor.saveAll()}
        disabled={editor.saving}
      >
        {t('save.button')}
      </button>
      {failures.length > 0 && failures.every((f) => f.key) && (
        <div className="save-bar__error save-bar__failures notice notice--error" role="alert">
          <p className="notice__title">{tn('save.failed', failures.length)}</p>
          <ul className="problems">
            {failures.map(({ key, error }) => {
              const problems = error instanceof ApiError ? error.problems : [];
              const first = problems[0];
              const message = error instanceof Error ? error.message : String(error);
              return (
                <li key={key}>
                  <FieldLink
                    proposalId={editor.view.id}
                    field={first ? sectionWriteField(key, first.field) : key}
                  >
                    {sectionLabel(key, editor.document, editor.call, i18n)}
                  </FieldLink>
                  {': '}
                  {problems.length > 0
                    ? problems
                        .map((p) => t('error.expected', { expected: p.expected, got: p.got }))
                        .join('; ')
                    : message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {failures.length > 0 && !failures.every((f) => f.key) && (
        <div className="save-bar__error">
          <ErrorMessage
            error={failures[0]!.error}
            inputFor={(field) => {
              const failure = failures[0]!;
              if (!(failure.error instanceof ApiError) || !failure.key) return undefined;
              const ids = fieldTarget(sectionWriteField(failure.key, field)).ids;
              return ids.find((id) => document.getElementById(id));
            }}
          />
        </div>
      )}
    </div>
  );
}
