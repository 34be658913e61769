/**
 * Three-way merge of a section: what it was when I started (base), my edit (mine), and what
 * someone else saved meanwhile (theirs). Changes to different fields are combined; where both
 * changed the same field differently, mine is kept and the clash is reported, so the person
 * decides, and their value stays in the version history. Records are matched as the engine's
 * jsonDiff matches them (the changes the conflict dialog lists), by id.
 */
import { hasIds, isObject } from '../../../engine/json-diff.ts';

export interface Clash {
  path: string;
  theirs: unknown;
  mine: unknown;
}

export interface Merged {
  value: unknown;
  clashes: Clash[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function merge3(base: unknown, mine: unknown, theirs: unknown, path = ''): Merged {
  if (same(mine, theirs)) return { value: mine, clashes: [] };
  if (same(base, mine)) return { value: theirs, clashes: [] };
  if (same(base, theirs)) return { value: mine, clashes: [] };
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const value: Record<string, unknown> = {};
    const clashes: Clash[] = [];
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const inMine = Object.hasOwn(mine, key);
      const inTheirs = Object.hasOwn(theirs, key);
      const inBase = Object.hasOwn(b, key);
      // Deleted on one side and untouched on the other: the deletion wins.
      if (!inMine && inBase && same(b[key], theirs[key])) continue;
      if (!inTheirs && inBase && same(b[key], mine[key])) continue;
      const merged = merge3(
        b[key],
        inMine ? mine[key] : undefined,
        inTheirs ? theirs[key] : undefined,
        join(path, key),
      );
      if (merged.value !== undefined) value[key] = merged.value;
      clashes.push(...merged.clashes);
    }
    return { value, clashes };
  }
  if (hasIds(mine) && hasIds(theirs)) return mergeById(hasIds(base) ? base : [], mine, theirs, path);
  return { value: mine, clashes: [{ path: path || '(whole)', theirs, mine }] };
}

/** Lists of records with ids (participants, work packages): merged record by record, in their order. */
function mergeById(
  base: { id: string }[],
  mine: { id: string }[],
  theirs: { id: string }[],
  path: string,
): Merged {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const order = [...theirs.map((x) => x.id), ...mine.map((x) => x.id).filter((id) => !t.has(id))];
  const value: unknown[] = [];
  const clashes: Clash[] = [];
  for (const id of order) {
    const inMine = m.has(id);
    const inTheirs = t.has(id);
    if (!inMine && b.has(id) && same(b.get(id), t.get(id))) continue;
    if (!inTheirs && b.has(id) && same(b.get(id), m.get(id))) continue;
    const merged = merge3(b.get(id), m.get(id), t.get(id), `${path}[id=${id}]`);
    if (merged.value !== undefined) value.push(merged.value);
    clashes.push(...merged.clashes);
  }
  return { value, clashes };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
