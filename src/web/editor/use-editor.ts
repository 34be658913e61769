/**
 * Everything the editor's pages share: the proposal with the person's unsaved edits, the live
 * review the engines compute from it on every change, who may edit what, saving and conflicts.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ProposalView } from '../../contracts/proposals.ts';
import type { CallDefinition, Catalogue } from '../../engine/call-definition/types.ts';
import {
  assembleDocument,
  type OrganisationRef,
  type ProposalDocument,
} from '../../engine/proposal/document.ts';
import { type ProposalReview, reviewProposal } from '../../engine/proposal/review.ts';
import { api } from '../api/client.ts';
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
  conflicts: ConflictCase[];
  saveAll(): Promise<boolean>;
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
  const review = useMemo(() => {
    try {
      return reviewProposal(book, document);
    } catch {
      // A lot the call does not have (an old draft): the server's review is what we can show.
      return undefined;
    }
  }, [book, document]);

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

  const saveAll = useCallback(async () => {
    setSaving(true);
    setSaveFailures([]);
    try {
      const current = modelRef.current;
      const keys = dirtyKeys(current).filter(canEdit);
      const outcome = await saveSections(current, keys, dispatch);
      setConflicts(outcome.conflicts);
      setSaveFailures(outcome.failures);
      return outcome.conflicts.length === 0 && outcome.failures.length === 0;
    } catch (error) {
      setSaveFailures([{ key: '', error }]);
      return false;
    } finally {
      setSaving(false);
    }
  }, [canEdit]);

  const resolveConflict: Editor['resolveConflict'] = (key, resolution) => {
    const found = conflicts.find((c) => c.key === key);
    setConflicts(conflicts.filter((c) => c.key !== key));
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
    conflicts,
    saveAll,
    refresh,
    resolveConflict,
    rememberOrganisation: (organisation) => dispatch({ type: 'organisation', organisation }),
  };
}
