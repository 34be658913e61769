/**
 * Everything the editor's pages share: the proposal with the person's unsaved edits, the live
 * review the engines compute from it on every change, who may edit what, saving and conflicts.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { SectionSavedEvent } from '../../contracts/proposal-events.ts';
import type { ProposalView } from '../../contracts/proposals.ts';
import type { CallDefinition, Catalogue } from '../../engine/call-definition/types.ts';
import { jsonDiff } from '../../engine/json-diff.ts';
import {
  assembleDocument,
  type OrganisationRef,
  type ProposalDocument,
} from '../../engine/proposal/document.ts';
import { type ProposalReview, reviewProposal, withPackageFindings } from '../../engine/proposal/review.ts';
import { api } from '../api/client.ts';
import { usePackageFindings } from './files/package-findings.ts';
import { type HeldBackField, heldBackSections } from './live/held-back.ts';
import {
  allKeys,
  currentData,
  dirtyKeys,
  type EditorModel,
  editorReducer,
  initialModel,
} from './model/editor-model.ts';
import { ruleBookFor } from './model/rule-book.ts';
import { type ConflictCase, type SaveFailure, saveSections } from './save-sections.ts';

/** How long after the last keystroke the changed sections are saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export interface Editor {
  model: EditorModel;
  view: ProposalView;
  call: CallDefinition;
  catalogue: Catalogue;
  document: ProposalDocument;
  /** The engines' verdict on the proposal as it stands on screen, saved or not. */
  review: ProposalReview | undefined;
  data<T>(key: string): T;
  edit<T>(key: string, update: (data: T) => T | undefined): void;
  canEdit(key: string): boolean;
  isCoordinator: boolean;
  dirty: string[];
  saving: boolean;
  /** The sections the last save could not store, in save order. */
  saveFailures: SaveFailure[];
  /** Number fields whose text cannot become a value, by DOM id, with the message shown there. */
  invalidFields: Record<string, string>;
  reportInvalid(fieldId: string, problem: string | undefined): void;
  /** Nothing to fix: no finding of severity error and no field with a value that cannot be kept. */
  ready: boolean;
  /** Sections not saved because a field in them holds text that cannot be kept, by key. */
  heldBack: Record<string, HeldBackField[]>;
  conflicts: ConflictCase[];
  /** Saves every changed section that can be saved (none held back, none in conflict). */
  saveAll(): Promise<boolean>;
  /** Autosave now instead of after the pause (leaving a tab or the page). */
  saveNow(): void;
  /** Someone saved a section (the event stream): show theirs, or a conflict over my edit. */
  sectionSavedElsewhere(event: SectionSavedEvent): Promise<void>;
  refresh(): Promise<void>;
  /** Theirs: drop my edit. Data: my edit (or a combination) on top of theirs, saved now or left to review. */
  resolveConflict(
    key: string,
    resolution: { kind: 'theirs' } | { kind: 'data'; data: unknown; saveNow: boolean },
  ): void;
  rememberOrganisation(org: OrganisationRef): void;
}

export function useEditor(initialView: ProposalView, call: CallDefinition, catalogue: Catalogue): Editor {
  const [model, dispatch] = useReducer(editorReducer, initialView, initialModel);
  const [saving, setSaving] = useState(false);
  const [saveFailures, setSaveFailures] = useState<SaveFailure[]>([]);
  const [invalidFields, setInvalidFields] = useState<Record<string, string>>({});
  const reportInvalid = useCallback((fieldId: string, problem: string | undefined) => {
    setInvalidFields((current) => {
      if (current[fieldId] === problem) return current;
      const next = { ...current };
      if (problem === undefined) delete next[fieldId];
      else next[fieldId] = problem;
      return next;
    });
  }, []);
  const [conflicts, setConflicts] = useState<ConflictCase[]>([]);
  const [saveRequested, setSaveRequested] = useState(false);
  const modelRef = useRef(model);
  modelRef.current = model;
  const conflictsRef = useRef(conflicts);
  conflictsRef.current = conflicts;
  const heldBack = useMemo(() => heldBackSections(invalidFields, allKeys(model)), [invalidFields, model]);
  const heldBackRef = useRef(heldBack);
  heldBackRef.current = heldBack;
  // One save at a time; a save asked for meanwhile runs after it.
  const savingRef = useRef(false);
  const againRef = useRef(false);
  /** What autosave last sent of a section the server refused: not sent again until edited. */
  const refusedRef = useRef(new Map<string, unknown>());

  const view = model.view;
  const book = useMemo(() => ruleBookFor(view.callId, call, catalogue), [view.callId, call, catalogue]);
  const organisations = useMemo(() => new Map(Object.entries(model.organisations)), [model.organisations]);
  const document = useMemo(
    () =>
      assembleDocument({
        id: view.id,
        callId: view.callId,
        keys: allKeys(model),
        sections: (key) => currentData(model, key),
        organisations,
      }),
    [model, organisations, view.id, view.callId],
  );
  const { findings: packageFindings, refresh: refreshPackage } = usePackageFindings(view.id);
  const review = useMemo(() => {
    try {
      return withPackageFindings(reviewProposal(book, document), packageFindings);
    } catch {
      // A lot the call does not have (an old draft): the server's review is what we can show.
      return undefined;
    }
  }, [book, document, packageFindings]);

  const editable = useMemo(
    () => new Set(view.permissions.editableSections),
    [view.permissions.editableSections],
  );
  const isCoordinator = view.membership?.role === 'coordinator-contact' && !view.deadline.passed;
  const canEdit = useCallback(
    // A participant added on screen has no sections on the server yet; the coordinator edits them.
    (key: string) => editable.has(key) || (isCoordinator && !(key in view.sections)),
    [editable, isCoordinator, view.sections],
  );

  const edit = useCallback(<T>(key: string, update: (data: T) => T | undefined) => {
    dispatch({ type: 'edit', key, update: (d) => update(d as T) ?? d });
  }, []);

  const refresh = useCallback(async () => {
    const fresh = await api.get<ProposalView>(`/api/v1/proposals/${encodeURIComponent(view.id)}`);
    dispatch({ type: 'loaded', view: fresh });
  }, [view.id]);

  /** Saves `keys` of the model as it stands; held-back sections and open conflicts are left. */
  const save = useCallback(
    async (pick: (model: EditorModel) => string[]): Promise<boolean> => {
      if (savingRef.current) {
        againRef.current = true;
        return false;
      }
      const current = modelRef.current;
      const blocked = new Set([
        ...Object.keys(heldBackRef.current),
        ...conflictsRef.current.map((c) => c.key),
      ]);
      const keys = pick(current).filter((key) => canEdit(key) && !blocked.has(key));
      if (keys.length === 0) return blocked.size === 0;
      savingRef.current = true;
      setSaving(true);
      try {
        const outcome = await saveSections(current, keys, dispatch);
        if (outcome.failures.length < keys.length) refreshPackage();
        for (const key of keys) refusedRef.current.delete(key);
        for (const f of outcome.failures) refusedRef.current.set(f.key, current.drafts[f.key]?.data);
        const found = new Set(outcome.conflicts.map((c) => c.key));
        setConflicts((open) => [...open.filter((c) => !found.has(c.key)), ...outcome.conflicts]);
        setSaveFailures(outcome.failures);
        return outcome.conflicts.length === 0 && outcome.failures.length === 0 && blocked.size === 0;
      } catch (error) {
        setSaveFailures([{ key: '', error }]);
        return false;
      } finally {
        savingRef.current = false;
        setSaving(false);
        if (againRef.current) {
          againRef.current = false;
          setSaveRequested(true);
        }
      }
    },
    [canEdit, refreshPackage],
  );

  const saveAll = useCallback(() => save(dirtyKeys), [save]);

  // Autosave: what changed, except what the server refused as it stands now.
  const saveChanged = useCallback(
    () =>
      save((m) =>
        dirtyKeys(m).filter(
          (key) => !refusedRef.current.has(key) || refusedRef.current.get(key) !== m.drafts[key]?.data,
        ),
      ),
    [save],
  );
  const saveNow = useCallback(() => void saveChanged(), [saveChanged]);

  // After a pause in typing (any edit, or a field becoming valid again), save what changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a field made valid again restarts the pause.
  useEffect(() => {
    if (Object.keys(model.drafts).length === 0) return;
    const timer = setTimeout(() => void saveChanged(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [model.drafts, invalidFields, saveChanged]);

  const sectionSavedElsewhere = useCallback(
    async (event: SectionSavedEvent) => {
      const known = modelRef.current.view.sections[event.section]?.version ?? 0;
      // Already shown (our own save answered first), or our own save under way will show it.
      if (event.version <= known || (event.byMe && savingRef.current)) return;
      const fresh = await api.get<ProposalView>(`/api/v1/proposals/${encodeURIComponent(view.id)}`);
      dispatch({ type: 'loaded', view: fresh });
      const draft = modelRef.current.drafts[event.section];
      const theirs = fresh.sections[event.section];
      if (!draft || !theirs || event.byMe || draft.baseVersion >= theirs.version) return;
      // My unsaved edit of a section someone else saved: the conflict dialog, never an overwrite.
      const conflict: ConflictCase = {
        key: event.section,
        conflict: {
          error: 'conflict',
          message: '',
          key: event.section,
          yourVersion: draft.baseVersion,
          currentVersion: theirs.version,
          current: theirs.data,
          changedBy: event.by.name,
          changedAt: theirs.updatedAt,
          theirChanges: jsonDiff(draft.baseData, theirs.data),
          yourChanges: jsonDiff(draft.baseData, draft.data),
        },
        base: draft.baseData,
        mine: draft.data,
      };
      setConflicts((open) => (open.some((c) => c.key === event.section) ? open : [...open, conflict]));
    },
    [view.id],
  );

  const resolveConflict: Editor['resolveConflict'] = (key, resolution) => {
    const found = conflicts.find((c) => c.key === key);
    setConflicts((open) => open.filter((c) => c.key !== key));
    if (!found) return;
    const { currentVersion, current, changedAt, changedBy } = found.conflict;
    // Either way the saved version is now theirs; what differs is whether a draft stays on top.
    dispatch({
      type: 'saved',
      key,
      section: { version: currentVersion, data: current, updatedAt: changedAt ?? '', updatedBy: changedBy },
      sent: modelRef.current.drafts[key]?.data,
    });
    if (resolution.kind === 'data') {
      dispatch({ type: 'rebase', key, data: resolution.data, version: currentVersion, current });
      // Saved once the rebased draft is in the model, i.e. after this render.
      if (resolution.saveNow) setSaveRequested(true);
    }
  };

  useEffect(() => {
    if (!saveRequested) return;
    setSaveRequested(false);
    void saveAll();
  }, [saveRequested, saveAll]);

  return {
    model,
    view,
    call,
    catalogue,
    document,
    review,
    data: <T>(key: string) => currentData(model, key) as T,
    edit,
    canEdit,
    isCoordinator,
    dirty: dirtyKeys(model),
    saving,
    saveFailures,
    invalidFields,
    reportInvalid,
    ready: (review?.submittable ?? view.review.submittable) && Object.keys(invalidFields).length === 0,
    heldBack,
    conflicts,
    saveAll,
    saveNow,
    sectionSavedElsewhere,
    refresh,
    resolveConflict,
    rememberOrganisation: (organisation) => dispatch({ type: 'organisation', organisation }),
  };
}
