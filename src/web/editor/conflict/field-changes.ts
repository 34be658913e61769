/**
 * The changes of a section one per field, as the form shows them: a budget line or a personnel
 * entry that was added or removed whole arrives from the diff as one object ("WP2: {"equipment":
 * 2500, …}"); it is shown as its fields instead ("WP2 …: C.2 Equipment: — → 2500"), each with its
 * label. The fields of such an object that hold nothing (0 or an empty text, as a new line starts)
 * are left out: nobody typed them.
 */
import { type Change, isObject, jsonDiff } from '../../../engine/json-diff.ts';

const empty = (v: unknown) => v === 0 || v === '';

export function fieldChanges<C extends Change>(changes: readonly C[]): Change[] {
  return changes.flatMap((c): Change[] => {
    const objectOrNothing = (v: unknown) => v === undefined || isObject(v);
    if (!objectOrNothing(c.old) || !objectOrNothing(c.new) || !(isObject(c.old) || isObject(c.new)))
      return [c];
    const leaves = fieldChanges(jsonDiff(c.old ?? {}, c.new ?? {}, c.path));
    // An object that was added or removed empty has no field to show: it stays one change.
    if (leaves.length === 0) return [c];
    return leaves.filter(
      (l) => !(l.old === undefined && empty(l.new)) && !(l.new === undefined && empty(l.old)),
    );
  });
}
