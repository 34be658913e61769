/**
 * The editor's state as plain data: the proposal as the server last sent it, and the person's
 * edits not yet saved (drafts), each remembering the version it was made from. That version is
 * what a save sends, so a section someone else saved meanwhile is refused (409), not overwritten.
 */
import type { ProposalView, SectionView } from '../../../contracts/proposals.ts';
import { emptySection, type OrganisationRef } from '../../../engine/proposal/document.ts';

export interface Draft {
  data: unknown;
  /** The version the edit started from; 0 for a section the server did not have yet. */
  baseVersion: number;
  /** The data of that version: the common ancestor when merging with someone else's save. */
  baseData: unknown;
}

export interface EditorModel {
  view: ProposalView;
  drafts: Record<string, Draft>;
  /** Registry data of every organisation the consortium may name, by id. */
  organisations: Record<string, OrganisationRef>;
}

export type EditorAction =
  | { type: 'edit'; key: string; update: (data: unknown) => unknown }
  | { type: 'loaded'; view: ProposalView }
  /** `sent` is what was saved: an edit made while the save was under way stays a draft. */
  | { type: 'saved'; key: string; section: SectionView; sent: unknown }
  | { type: 'discard'; key: string }
  /** A conflict resolved into new data on top of the current version (keep mine, or combined). */
  | { type: 'rebase'; key: string; data: unknown; version: number; current: unknown }
  | { type: 'organisation'; organisation: OrganisationRef };

export function initialModel(view: ProposalView): EditorModel {
  return { view, drafts: {}, organisations: organisationsOf(view) };
}

function organisationsOf(view: ProposalView): Record<string, OrganisationRef> {
  return Object.fromEntries(view.document.participants.map((p) => [p.organisation.id, p.organisation]));
}

/** The data of a section as the person sees it: their draft, else the saved version. */
export function currentData(model: EditorModel, key: string): unknown {
  if (Object.hasOwn(model.drafts, key)) return model.drafts[key]!.data;
  return model.view.sections[key]?.data ?? emptySection(key);
}

export function dirtyKeys(model: EditorModel): string[] {
  return Object.keys(model.drafts);
}

/** Every section key the document is made of: saved ones and drafts of new ones. */
export function allKeys(model: EditorModel): string[] {
  return [...new Set([...Object.keys(model.view.sections), ...Object.keys(model.drafts)])];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function editorReducer(model: EditorModel, action: EditorAction): EditorModel {
  switch (action.type) {
    case 'edit': {
      const existing = model.drafts[action.key];
      const saved = model.view.sections[action.key];
      const data = action.update(structuredClone(currentData(model, action.key)));
      const draft: Draft = existing
        ? { ...existing, data }
        : { data, baseVersion: saved?.version ?? 0, baseData: saved?.data ?? emptySection(action.key) };
      const drafts = { ...model.drafts };
      // Editing back to what is saved is no change at all.
      if (saved && draft.baseVersion === saved.version && same(data, saved.data)) delete drafts[action.key];
      else drafts[action.key] = draft;
      return { ...model, drafts };
    }
    case 'loaded':
      return {
        ...model,
        view: action.view,
        organisations: { ...model.organisations, ...organisationsOf(action.view) },
      };
    case 'saved': {
      const drafts = { ...model.drafts };
      const draft = drafts[action.key];
      if (draft && !same(draft.data, action.sent)) {
        drafts[action.key] = {
          data: draft.data,
          baseVersion: action.section.version,
          baseData: action.section.data,
        };
      } else delete drafts[action.key];
      return {
        ...model,
        drafts,
        view: { ...model.view, sections: { ...model.view.sections, [action.key]: action.section } },
      };
    }
    case 'discard': {
      const drafts = { ...model.drafts };
      delete drafts[action.key];
      return { ...model, drafts };
    }
    case 'rebase':
      return {
        ...model,
        drafts: {
          ...model.drafts,
          [action.key]: { data: action.data, baseVersion: action.version, baseData: action.current },
        },
      };
    case 'organisation':
      return {
        ...model,
        organisations: { ...model.organisations, [action.organisation.id]: action.organisation },
      };
  }
}
