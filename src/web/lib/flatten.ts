/**
 * A JSON document as a flat list of leaves ("participants[2].organisation.legalName" → "…"),
 * and the leaves that differ between two documents: the readable difference of two versions.
 */

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
  const a = flatten(before);
  const b = flatten(after);
  // In document order, so a participant's fields stay together.
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}
