/**
 * A JSON document as a flat list of leaves ("participants[2].organisation.legalName" → "…"),
 * and the leaves that differ between two documents: the readable difference of two versions,
 * from the engine's one JSON diff (the audit trail's), its added or removed records spelled out
 * leaf by leaf.
 */
import { jsonDiff } from '../../engine/json-diff.ts';

export function flatten(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '[]');
    value.forEach((v, i) => {
      flatten(v, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, '{}');
    for (const [k, v] of entries) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path || '(whole)', typeof value === 'string' ? value : JSON.stringify(value));
  }
  return out;
}

export interface FlatChange {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

export function diffFlat(before: unknown, after: unknown): FlatChange[] {
  return jsonDiff(before, after).flatMap((change) => {
    // A new order of records reads as one row: the ids before and after.
    if (change.path.endsWith('(order)') && Array.isArray(change.old) && Array.isArray(change.new))
      return [{ path: change.path, before: change.old.join(', '), after: change.new.join(', ') }];
    const old = change.old === undefined ? new Map<string, string>() : flatten(change.old, change.path);
    const now = change.new === undefined ? new Map<string, string>() : flatten(change.new, change.path);
    const paths = [...new Set([...old.keys(), ...now.keys()])];
    return paths
      .filter((p) => old.get(p) !== now.get(p))
      .map((path) => ({ path, before: old.get(path), after: now.get(path) }));
  });
}
