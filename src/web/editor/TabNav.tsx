/**
 * The sections of the proposal as links (each tab is a route, so the browser's back button and
 * bookmarks work). A tab shows how many errors the live check finds there.
 */
import { type EditorTab, hrefOf } from '../app/routes.ts';
import { TabLinks } from '../components/TabLinks.tsx';
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
  'part-a': 'tab.partA',
  files: 'tab.files',
  review: 'tab.review',
  submissions: 'tab.submissions',
  partners: 'tab.partners',
  outcome: 'tab.outcome',
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
  // The outcome exists for the applicants once the call has closed (it says when it comes).
  const hasOutcome = editor.view.membership !== null && editor.view.deadline.passed;
  const shown = (Object.keys(TAB_LABEL) as EditorTab[]).filter((tab) => tab !== 'outcome' || hasOutcome);
  const tabs = shown.map((tab) => {
    const errors = errorsByTab.get(tab) ?? 0;
    return {
      id: tab,
      href: hrefOf({ name: 'proposal', id: editor.view.id, tab }),
      label: t(TAB_LABEL[tab]),
      extra: errors > 0 && (
        <span className="tabs__count">
          <span aria-hidden="true">{errors}</span>
          <span className="visually-hidden">{tn('tab.errors', errors)}</span>
        </span>
      ),
    };
  });
  return <TabLinks label={t('editor.sections')} tabs={tabs} current={current} />;
}
