/** The sections a tab of the editor edits: what "having the tab open" means for presence. */
import type { EditorTab } from '../../app/routes.ts';
import { tabOf } from '../model/field-target.ts';

export function tabSections(tab: EditorTab, keys: Iterable<string>): string[] {
  return [...keys].filter((key) => tabOf(key) === tab).sort();
}
