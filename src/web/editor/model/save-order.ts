/**
 * The order in which edited sections are saved. The server checks references when it saves:
 * a budget line needs its work package, participant details and budgets need the participant
 * in the consortium. So the consortium and the work plan go first.
 */
const RANK = ['general', 'consortium', 'work-plan', 'participant:', 'budget:', 'answers:', 'part-a:'];

function rank(key: string): number {
  const prefix = key.includes(':') ? key.slice(0, key.indexOf(':') + 1) : key;
  const i = RANK.indexOf(prefix);
  return i === -1 ? RANK.length : i;
}

export function saveOrder(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
