/** What submitting, resubmitting or withdrawing does, step by step, before the person confirms. */
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';

export function WhatHappens({ action }: { action: 'submit' | 'resubmit' | 'withdraw' }) {
  const { t, tn, lang } = useI18n();
  const editor = useEditorContext();
  const { view } = editor;
  const acronym = editor.document.general.acronym || t('proposal.noAcronym');
  const deadline = formatTime(view.deadline.utc, lang, { seconds: true });
  const next = view.submissions.length + 1;
  const unsaved = editor.dirty.length;
  if (action === 'withdraw') {
    return (
      <div className="what-happens">
        <p>{t('happens.withdraw.lead', { acronym })}</p>
        <ul>
          <li>{t('happens.withdraw.state')}</li>
          <li>{tn('happens.withdraw.receipts', view.submissions.length)}</li>
          <li>{t('happens.withdraw.again', { deadline })}</li>
        </ul>
      </div>
    );
  }
  return (
    <div className="what-happens">
      <p>{t('happens.submit.lead', { acronym, call: editor.call.call.identifier.value })}</p>
      <ol>
        {unsaved > 0 && <li>{tn('happens.submit.save', unsaved)}</li>}
        <li>{t('happens.submit.check')}</li>
        <li>{t('happens.submit.freeze', { n: next })}</li>
        <li>
          {action === 'resubmit'
            ? t('happens.resubmit.counts', { previous: next - 1 })
            : t('happens.submit.counts')}
        </li>
        <li>{t('happens.submit.until', { deadline })}</li>
      </ol>
    </div>
  );
}
