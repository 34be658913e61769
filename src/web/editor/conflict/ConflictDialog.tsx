/**
 * Someone saved a section while this person was editing it. Nothing was overwritten: the
 * dialog shows their changes and these, and lets the person keep theirs, keep mine (saved on
 * top, theirs stays in the history), or combine both and review the result before saving.
 */
import { useMemo } from 'react';
import { jsonDiff } from '../../../engine/json-diff.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { merge3 } from '../model/merge.ts';
import type { ConflictCase } from '../save-sections.ts';
import { ChangeList, shortValue } from './ChangeList.tsx';
import { fieldLabel } from './field-label.ts';
import { sectionLabel } from './section-label.ts';

export function ConflictDialog({ conflict }: { conflict: ConflictCase }) {
  const i18n = useI18n();
  const { t, tn, lang } = i18n;
  const editor = useEditorContext();
  const c = conflict.conflict;
  const merged = useMemo(() => merge3(conflict.base, conflict.mine, c.current), [conflict, c.current]);
  // The engine's diff, as the server's 409 computes it, from the version this edit started at.
  const theirChanges = useMemo(() => jsonDiff(conflict.base, c.current), [conflict.base, c.current]);
  const yourChanges = useMemo(() => jsonDiff(conflict.base, conflict.mine), [conflict.base, conflict.mine]);
  const label = sectionLabel(conflict.key, editor.document, editor.call, i18n);
  const resolve = (resolution: Parameters<typeof editor.resolveConflict>[1]) =>
    editor.resolveConflict(conflict.key, resolution);

  return (
    <Dialog
      title={t('conflict.title', { section: label })}
      onClose={() => resolve({ kind: 'data', data: merged.value, saveNow: false })}
      wide
    >
      <p>
        {t('conflict.lead', {
          who: c.changedBy ?? t('conflict.someone'),
          time: c.changedAt ? formatTime(c.changedAt, lang) : '',
          version: c.currentVersion,
          yours: c.yourVersion,
        })}
      </p>
      <div className="grid-2 conflict-columns">
        <section aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">
            {t('conflict.theirChanges', { who: c.changedBy ?? t('conflict.someone') })}
          </h3>
          <ChangeList changes={theirChanges} />
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('conflict.yourChanges')}</h3>
          <ChangeList changes={yourChanges} />
        </section>
      </div>
      {merged.clashes.length > 0 ? (
        <div className="notice notice--warning">
          <p className="notice__title">{tn('conflict.clashes', merged.clashes.length)}</p>
          <ul>
            {merged.clashes.map((clash) => (
              <li key={clash.path}>
                <span className="change-list__field">{fieldLabel(clash.path, editor.document, i18n)}</span>:{' '}
                {t('conflict.clash', {
                  theirs: shortValue(clash.theirs, i18n.lang),
                  mine: shortValue(clash.mine, i18n.lang),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice notice--info">{t('conflict.combinable')}</p>
      )}
      <div className="button-row dialog__actions">
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          onClick={() => resolve({ kind: 'data', data: merged.value, saveNow: false })}
        >
          {t('conflict.combine')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => resolve({ kind: 'data', data: conflict.mine, saveNow: true })}
        >
          {t('conflict.keepMine')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => resolve({ kind: 'theirs' })}
        >
          {t('conflict.keepTheirs')}
        </button>
      </div>
    </Dialog>
  );
}
