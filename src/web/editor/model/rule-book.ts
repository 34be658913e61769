/** The rule book the engines read, for one call: its definition and the shared catalogue. */
import type { CallDefinition, Catalogue, RuleBook } from '../../../engine/call-definition/types.ts';

export function ruleBookFor(callId: string, call: CallDefinition, catalogue: Catalogue): RuleBook {
  return { catalogue, calls: { [callId]: call } };
}
