/**
 * What is not saved yet, and the button that saves it. Stays in view while scrolling. A
 * refusal names the fields the server did not accept, each linked to its input.
 */

import { sectionWriteField } from '../../engine/proposal/field-paths.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useEditorContext } from './editor-context.tsx';
import { fieldTarget } from './model/field-target.ts';

export function SaveBar() {
  const { t, tn } = useI18n();
  const editor = useEditorContext();
  const count = editor.dirty.length;
  const failure = editor.saveFailure;
  const readOnly = editor.view.permissions.editableSections.length === 0;
  if (readOnly) {
    return (
      <div className="save-bar save-bar--readonly" role="status">
        {editor.view.deadline.passed ? t('editor.closedReadOnly') : t('editor.readOnly')}
      </div>
    );
  }
  return (
    <div className="save-bar">
      <p className="save-bar__state" role="status">
        {editor.saving ? t('save.saving') : count > 0 ? tn('save.unsaved', count) : t('save.allSaved')}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void editor.saveAll()}
        disabled={editor.saving}
      >
        {t('save.button')}
      </button>
      {failure && (
        <div className="save-bar__error">
          <ErrorMessage
            error={failure.error}
            inputFor={(field) => {
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
