/**
 * Which sections autosave must hold back: those with a field whose text cannot become a value.
 * Such a field keeps the last good value in the model, so saving its section would store what
 * the person no longer sees. Fields are known by their DOM id (fieldId of their path), which
 * starts with the id of their section's key.
 */
import { fieldId } from '../model/field-target.ts';

export interface HeldBackField {
  fieldId: string;
  /** The message shown at the field. */
  problem: string;
}

/** The section a field id belongs to: the longest key whose id starts it. */
export function sectionOfFieldId(id: string, keys: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const key of keys) {
    const prefix = fieldId(key);
    if ((id === prefix || id.startsWith(`${prefix}-`)) && (!best || key.length > best.length)) best = key;
  }
  return best;
}

/** The held-back sections with their fields, by section key. */
export function heldBackSections(
  invalidFields: Record<string, string>,
  keys: Iterable<string>,
): Record<string, HeldBackField[]> {
  const known = [...keys];
  const held: Record<string, HeldBackField[]> = {};
  for (const [id, problem] of Object.entries(invalidFields)) {
    const key = sectionOfFieldId(id, known);
    if (key === undefined) continue;
    held[key] = [...(held[key] ?? []), { fieldId: id, problem }];
  }
  return held;
}
