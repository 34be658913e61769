/**
 * Names that change how a JavaScript object behaves when used as a key: `__proto__` replaces an
 * object's prototype, `constructor` and `prototype` reach the functions behind it. No id and no
 * key of any input may be one of them (request bodies, query strings, imported files); input that
 * uses one is refused with a message that says so, rather than parsed or silently dropped.
 */
import type { InputProblem } from './eligibility/proposal-input.ts';
import { formatPath } from './field-path.ts';

export const FORBIDDEN_NAMES: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const FORBIDDEN_NAME_EXPECTED = 'a name other than __proto__, constructor or prototype';

export const isForbiddenName = (name: string): boolean => FORBIDDEN_NAMES.includes(name);

interface Step {
  key: PropertyKey;
  parent: Step | null;
}

const pathOf = (step: Step | null): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let s = step; s; s = s.parent) path.unshift(s.key);
  return path;
};

/** Every key in the value (at any depth) that is a forbidden name, as a problem naming its path. */
export function forbiddenKeyProblems(value: unknown, prefix = ''): InputProblem[] {
  const problems: InputProblem[] = [];
  // A stack rather than recursion, and paths as links to the parent: a deeply nested body must
  // neither exhaust the call stack nor cost more than one visit per value.
  const stack: { node: unknown; at: Step | null }[] = [{ node: value, at: null }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        stack.push({ node: item, at: { key: i, parent: at } });
      });
      continue;
    }
    for (const key of Object.keys(node)) {
      const step = { key, parent: at };
      if (isForbiddenName(key)) {
        const field = formatPath(pathOf(step));
        problems.push({
          field: prefix ? `${prefix}.${field}` : field,
          expected: FORBIDDEN_NAME_EXPECTED,
          got: JSON.stringify(key),
        });
      } else stack.push({ node: (node as Record<string, unknown>)[key], at: step });
    }
  }
  return problems;
}
