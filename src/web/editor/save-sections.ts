/**
 * Saving the edited sections one by one, in an order the server accepts. A section someone else
 * saved meanwhile comes back as a conflict to resolve, a section the server refuses as a failure
 * to show; every other section is still saved, so one partner's bad field holds back no one else.
 */

import type { ProposalView, SectionConflict, SectionSaved } from '../../contracts/proposals.ts';
import { ApiError, api } from '../api/client.ts';
import type { EditorAction, EditorModel } from './model/editor-model.ts';
import { saveOrder } from './model/save-order.ts';

export interface ConflictCase {
  key: string;
  conflict: SectionConflict;
  base: unknown;
  mine: unknown;
}

export interface SaveFailure {
  key: string;
  error: unknown;
}

export interface SaveOutcome {
  conflicts: ConflictCase[];
  /** Refusals other than conflicts (a field the server does not accept), each with its section. */
  failures: SaveFailure[];
  view: ProposalView;
}

const sectionUrl = (id: string, key: string) =>
  `/api/v1/proposals/${encodeURIComponent(id)}/sections/${encodeURIComponent(key)}`;

export async function saveSections(
  model: EditorModel,
  keys: string[],
  dispatch: (action: EditorAction) => void,
): Promise<SaveOutcome> {
  const id = model.view.id;
  let view = model.view;
  const conflicts: ConflictCase[] = [];
  const failures: SaveFailure[] = [];
  for (const key of saveOrder(keys)) {
    const draft = model.drafts[key];
    if (!draft) continue;
    let version = draft.baseVersion;
    if (version === 0) {
      // A new participant's section exists once the consortium that names it is saved.
      view = await api.get<ProposalView>(`/api/v1/proposals/${encodeURIComponent(id)}`);
      dispatch({ type: 'loaded', view });
      version = view.sections[key]?.version ?? 0;
      if (version === 0) continue;
    }
    try {
      const res = await api.put<SectionSaved>(sectionUrl(id, key), {
        version,
        data: draft.data,
      });
      dispatch({ type: 'saved', key, section: res.sections[key]!, sent: draft.data });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body.error === 'conflict') {
        conflicts.push({
          key,
          conflict: error.body as unknown as SectionConflict,
          base: draft.baseData,
          mine: draft.data,
        });
        continue;
      }
      failures.push({ key, error });
    }
  }
  return { conflicts, failures, view: await reload(id, dispatch) };
}

async function reload(id: string, dispatch: (action: EditorAction) => void): Promise<ProposalView> {
  const view = await api.get<ProposalView>(`/api/v1/proposals/${encodeURIComponent(id)}`);
  dispatch({ type: 'loaded', view });
  return view;
}
