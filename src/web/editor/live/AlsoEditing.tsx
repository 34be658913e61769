/**
 * "Also editing now: Name (Organisation)" for each section of the open tab that this person may
 * edit and someone else has open, so that two people do not edit the same part unknowingly. On a tab with several
 * sections (the budgets, the participants), the section is named first.
 */
import './live.css';
import type { OtherEditor } from '../../../contracts/proposal-events.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { sectionLabel } from '../conflict/section-label.ts';
import { useEditorContext } from '../editor-context.tsx';

export function AlsoEditing({ sections, editors }: { sections: string[]; editors: OtherEditor[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const editor = useEditorContext();
  const shown = sections
    .map((key) => ({ key, people: editors.filter((e) => e.section === key) }))
    .filter((s) => s.people.length > 0);
  const named = sections.length > 1;
  return (
    <div className="also-editing" role="status" aria-live="polite">
      {shown.map(({ key, people }) => (
        <p key={key} className="notice notice--info also-editing__section" data-section={key}>
          {named && (
            <span className="also-editing__label">
              {sectionLabel(key, editor.document, editor.call, i18n)}:{' '}
            </span>
          )}
          {t('live.alsoEditing', {
            who: people
              .map((p) =>
                p.organisation ? t('live.person', { name: p.name, organisation: p.organisation }) : p.name,
              )
              .join(', '),
          })}
        </p>
      ))}
    </div>
  );
}
