/**
 * The difference between two JSON values as a list of changes, for the audit trail and for
 * telling a user what changed under them. Lists of objects with an `id` are matched by id, so
 * moving a participant or work package reads as a move, not as every later row changing.
 * Pure: the server writes it into the audit trail and a stale write's 409, the editor's conflict
 * dialog reads it, and the three-way merge walks JSON the same way (isObject, hasIds).
 */
export interface Change {
  path: string;
  old?: unknown;
  new?: unknown;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A list of records with ids (participants, work packages, deliverables): matched by id, not position. */
export const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

export function jsonDiff(before: unknown, after: unknown, path = ''): Change[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => jsonDiff(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (hasIds(before) && hasIds(after) && (before.length > 0 || after.length > 0)) {
    const oldById = new Map(before.map((x) => [x.id, x]));
    const newById = new Map(after.map((x) => [x.id, x]));
    const changes: Change[] = [];
    for (const [id, item] of oldById) {
      const at = `${path}[id=${id}]`;
      if (!newById.has(id)) changes.push({ path: at, old: item });
      else changes.push(...jsonDiff(item, newById.get(id), at));
    }
    for (const [id, item] of newById)
      if (!oldById.has(id)) changes.push({ path: `${path}[id=${id}]`, new: item });
    const oldOrder = before.map((x) => x.id).filter((id) => newById.has(id));
    const newOrder = after.map((x) => x.id).filter((id) => oldById.has(id));
    if (oldOrder.join('\u0000') !== newOrder.join('\u0000'))
      changes.push({ path: `${path}(order)`, old: oldOrder, new: newOrder });
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    const changes: Change[] = [];
    for (let i = 0; i < n; i++) changes.push(...jsonDiff(before[i], after[i], `${path}[${i}]`));
    return changes;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const change: Change = { path: path || '(whole)' };
  if (before !== undefined) change.old = before;
  if (after !== undefined) change.new = after;
  return [change];
}
