/**
 * What is not saved yet, and the button that saves it (changes are also saved by themselves
 * after a pause in typing). Stays in view while scrolling. A field whose text cannot be kept
 * holds back its section, named here with the reason, and "saved" until it is fixed. Sections the server refused
 * are listed by name (the partner's, for a partner's section), each linked to its field.
 */

import { sectionWriteField } from '../../engine/proposal/field-paths.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { sectionLabel } from './conflict/section-label.ts';
import { useEditorContext } from './editor-context.tsx';
import { fieldTarget } from './model/field-target.ts';
import { SectionFailure } from './SectionFailure.tsx';

export function SaveBar() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const editor = useEditorContext();
  const count = editor.dirty.length;
  const invalid = Object.keys(editor.invalidFields).length;
  const failures = editor.saveFailures;
  const heldBack = Object.entries(editor.heldBack);
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
      {heldBack.length > 0 && (
        <div className="save-bar__error save-bar__held-back notice notice--warning">
          <p className="notice__title">{tn('live.heldBack', heldBack.length)}</p>
          <ul className="problems">
            {heldBack.map(([key, fields]) => (
              <li key={key}>
                <button
                  type="button"
                  className="held-back__field"
                  onClick={() => document.getElementById(fields[0]!.fieldId)?.focus()}
                >
                  {sectionLabel(key, editor.document, editor.call, i18n)}
                </button>
                {': '}
                {fields.map((f) => f.problem).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failures.length > 0 && failures.every((f) => f.key) && (
        <div className="save-bar__error save-bar__failures notice notice--error" role="alert">
          <p className="notice__title">{tn('save.failed', failures.length)}</p>
          <ul className="problems">
            {failures.map(({ key, error }) => (
              <SectionFailure key={key} sectionKey={key!} error={error} />
            ))}
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
