/**
 * The editor's frame: the proposal's heading, downloads, the save bar, the section tabs, the
 * page of the current tab with who else is editing it, and the live check beside it. Moves the focus to the field a link
 * names (from the review page or the live check), or to the tab's heading.
 */
import './editor.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OtherEditor } from '../../contracts/proposal-events.ts';
import type { ProposalView } from '../../contracts/proposals.ts';
import type { CallDefinition, Catalogue } from '../../engine/call-definition/types.ts';
import type { Route } from '../app/routes.ts';
import { FieldValidityContext } from '../components/field-validity.tsx';
import { useLeaveWarning } from '../components/use-leave-warning.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ConflictDialog } from './conflict/ConflictDialog.tsx';
import { EditorHeader } from './EditorHeader.tsx';
import { EditorContext } from './editor-context.tsx';
import { AlsoEditing } from './live/AlsoEditing.tsx';
import { tabSections } from './live/tab-sections.ts';
import { usePresence } from './live/use-presence.ts';
import { useProposalEvents } from './live/use-proposal-events.ts';
import { allKeys } from './model/editor-model.ts';
import { EligibilityPanel } from './panel/EligibilityPanel.tsx';
import { focusField } from './panel/FieldLink.tsx';
import { SaveBar } from './SaveBar.tsx';
import { DeadlineBanner } from './submissions/DeadlineBanner.tsx';
import { TabNav } from './TabNav.tsx';
import { TabPage } from './TabPage.tsx';
import { useEditor } from './use-editor.ts';

type ProposalRoute = Extract<Route, { name: 'proposal' }>;

export function EditorShell({
  initialView,
  call,
  catalogue,
  route,
}: {
  initialView: ProposalView;
  call: CallDefinition;
  catalogue: Catalogue;
  route: ProposalRoute;
}) {
  const { t } = useI18n();
  const editor = useEditor(initialView, call, catalogue);
  const validity = useMemo(() => ({ report: editor.reportInvalid }), [editor.reportInvalid]);
  const firstRender = useRef(true);
  useLeaveWarning(editor.dirty.length > 0, t('editor.leaveWarning'));

  // Editing together: who else has this tab's sections open, and what they save.
  const [others, setOthers] = useState<OtherEditor[]>([]);
  const keys = useMemo(() => allKeys(editor.model), [editor.model]);
  const sections = useMemo(() => tabSections(route.tab, keys), [route.tab, keys]);
  const editing = sections.filter(editor.canEdit);
  const takesPart = editor.view.permissions.editableSections.length > 0;
  // The event stream is told of every change once it is open; the answer to our own heartbeat
  // only counts when no stream event came in while it was on its way (it may be older than one).
  const streamPresenceAt = useRef(Number.NEGATIVE_INFINITY);
  usePresence(
    editor.view.id,
    editing,
    (view, sentAt) => {
      if (sentAt > streamPresenceAt.current) setOthers(view.editors);
    },
    takesPart,
  );
  useProposalEvents(editor.view.id, {
    onPresence: (view) => {
      streamPresenceAt.current = performance.now();
      setOthers(view.editors);
    },
    onSectionSaved: (event) => void editor.sectionSavedElsewhere(event).catch(() => undefined),
    onReconnected: () => void editor.refresh().catch(() => undefined),
  });
  // Leaving a tab, or the page for another window, saves what changed without waiting.
  const { saveNow } = editor;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab changes, on purpose.
  useEffect(() => {
    if (!firstRender.current) saveNow();
  }, [route.tab]);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [saveNow]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab or the field in the route changes, on purpose.
  useEffect(() => {
    const arrival = firstRender.current;
    firstRender.current = false;
    const timer = setTimeout(() => {
      if (route.field && focusField(route.field)) return;
      // On arrival the app focuses the page heading; afterwards a tab change lands on the tab's.
      if (!arrival) document.querySelector<HTMLElement>('#tab-panel h2')?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [route.tab, route.field]);

  const withPanel = route.tab !== 'review' && route.tab !== 'submissions' && route.tab !== 'partners';
  return (
    <EditorContext.Provider value={editor}>
      <FieldValidityContext.Provider value={validity}>
        <EditorHeader />
        <DeadlineBanner />
        <SaveBar />
        <TabNav current={route.tab} />
        <div className={withPanel ? 'editor-layout' : 'editor-layout editor-layout--single'}>
          <div id="tab-panel" className="editor-main">
            <AlsoEditing sections={editing} editors={others} />
            <TabPage tab={route.tab} />
          </div>
          {withPanel && (
            <aside className="editor-aside" aria-label={t('panel.title')}>
              <EligibilityPanel />
            </aside>
          )}
        </div>
        {editor.conflicts[0] && (
          <ConflictDialog key={editor.conflicts[0].key} conflict={editor.conflicts[0]} />
        )}
      </FieldValidityContext.Provider>
    </EditorContext.Provider>
  );
}
