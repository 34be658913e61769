/**
 * The sections of the proposal as links (each tab is a route, so the browser's back button and
 * bookmarks work). A tab shows how many errors the live check finds there.
 */
import { type EditorTab, hrefOf } from '../app/routes.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useEditorContext } from './editor-context.tsx';
import { tabOf } from './model/field-target.ts';

export const TAB_LABEL: Record<EditorTab, MessageKey> = {
  general: 'tab.general',
  consortium: 'tab.consortium',
  participants: 'tab.participants',
  'work-plan': 'tab.workPlan',
  budget: 'tab.budget',
  answers: 'tab.answers',
  review: 'tab.review',
  submissions: 'tab.submissions',
  partners: 'tab.partners',
};

export function TabNav({ current }: { current: EditorTab }) {
  const { t, tn } = useI18n();
  const editor = useEditorContext();
  const errorsByTab = new Map<EditorTab, number>();
  for (const f of editor.review?.findings ?? []) {
    if (f.severity !== 'error' || !f.field) continue;
    const tab = tabOf(f.field);
    errorsByTab.set(tab, (errorsByTab.get(tab) ?? 0) + 1);
  }
  return (
    <nav className="tabs" aria-label={t('editor.sections')}>
      <ul className="tabs__list">
        {(Object.keys(TAB_LABEL) as EditorTab[]).map((tab) => {
          const errors = errorsByTab.get(tab) ?? 0;
          return (
            <li key={tab}>
              <a
                className="tabs__link"
                href={hrefOf({ name: 'proposal', id: editor.view.id, tab })}
                aria-current={tab === current ? 'page' : undefined}
              >
                {t(TAB_LABEL[tab])}
                {errors > 0 && (
                  <span className="tabs__count">
                    <span aria-hidden="true">{errors}</span>
                    <span className="visually-hidden">{tn('tab.errors', errors)}</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
