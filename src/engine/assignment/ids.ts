/**
 * The one order of ids used everywhere in an assignment's output.
 *
 * `loads` is a JSON object, and JavaScript (hence JSON.stringify) always lists an object's
 * integer-like keys ("7", "101") first, in numeric order, and the other keys after them in the
 * order they were added. Sorting ids the same way keeps the arrays (`assignments`, experts within
 * a proposal) and the keys of `loads` in one agreed order, and gives "2" before "10" for numeric
 * proposal ids. Everything else compares by UTF-16 code units, never by locale, so the order is
 * the same on every machine.
 */

const MAX_ARRAY_INDEX = 4294967294;

function arrayIndex(id: string): number | undefined {
  if (!/^(0|[1-9][0-9]{0,9})$/.test(id)) return undefined;
  const n = Number(id);
  return n <= MAX_ARRAY_INDEX ? n : undefined;
}

export function compareIds(a: string, b: string): number {
  const ia = arrayIndex(a);
  const ib = arrayIndex(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (ia !== undefined) return -1;
  if (ib !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct values, sorted by compareIds. */
export function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}
