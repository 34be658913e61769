/** Every sourced value of a call definition, flattened: what `alliances calls --unconfirmed` lists. */
import type { CallDefinition, Sourced } from './types.ts';

function isSourced(node: unknown): node is Sourced<unknown> {
  return (
    typeof node === 'object' && node !== null && 'definedAt' in node && 'sources' in node && 'status' in node
  );
}

export function sourcedValues(definition: CallDefinition): Sourced<unknown>[] {
  const out: Sourced<unknown>[] = [];
  const walk = (node: unknown): void => {
    if (isSourced(node)) {
      out.push(node);
      return;
    }
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(definition);
  return out;
}

/** "rules/calls/2025.yaml#lots.lot1.composition.minCountries" → "lots.lot1.composition.minCountries". */
export function valuePath(value: Sourced<unknown>): string {
  return value.definedAt.slice(value.definedAt.indexOf('#') + 1);
}
