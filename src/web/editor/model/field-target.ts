/**
 * Where on screen a finding or a server problem is fixed. Both name a document field
 * (src/engine/proposal/field-paths.ts: "participant:p3.eche",
 * "work-plan.workPackages[1].leadParticipantId"); the editor gives the input for each field the
 * DOM id fieldId(path), so the review page can link to it and focus it.
 */
import { sectionOf } from '../../../engine/proposal/field-paths.ts';
import type { EditorTab } from '../../app/routes.ts';

export { sectionOf };

/** The DOM id of the element that edits `path`: "general.acronym" → "f-general-acronym". */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

/** The tab that shows a field. The requested grant is part of the budget page. */
export function tabOf(path: string): EditorTab {
  const section = sectionOf(path);
  if (section === 'general') return path === 'general.requestedGrant' ? 'budget' : 'general';
  if (section === 'consortium') return 'consortium';
  if (section.startsWith('participant:')) return 'participants';
  if (section === 'work-plan') return 'work-plan';
  if (section.startsWith('budget:')) return 'budget';
  if (section.startsWith('answers:')) return 'answers';
  if (section === 'files') return 'files';
  if (section.startsWith('part-a:') || section === 'coordinator-declaration') return 'part-a';
  return 'review';
}

/**
 * The ids to try, most precise first: the field itself, then each enclosing part, so a finding
 * about "workPackages[1].deliverables" lands on WP2's deliverables, or else on WP2.
 */
export function candidateIds(path: string): string[] {
  const ids: string[] = [];
  let rest = path;
  for (;;) {
    ids.push(fieldId(rest));
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
  }
  return [...new Set(ids)];
}

export interface FieldTarget {
  tab: EditorTab;
  ids: string[];
}

export function fieldTarget(path: string): FieldTarget {
  return { tab: tabOf(path), ids: candidateIds(path) };
}
