/**
 * `assignExperts(input)`: the expert-assignment engine. Validates the JSON-parsed input, solves
 * for an optimal assignment (./solve.ts says what optimal means) and explains it. Pure: no I/O,
 * the same in the browser and on the server.
 */
import type { InputProblem } from '../eligibility/proposal-input.ts';
import { canonicalInstance } from './instance.ts';
import { reportAssignment } from './report.ts';
import { solveInstance } from './solve.ts';
import type { AssignmentResult } from './types.ts';
import { parseAssignmentInput } from './validate.ts';

export type AssignOutcome = { ok: true; result: AssignmentResult } | { ok: false; problems: InputProblem[] };

export function assignExperts(input: unknown): AssignOutcome {
  const parsed = parseAssignmentInput(input);
  if (!parsed.ok) return parsed;
  const instance = canonicalInstance(parsed.input);
  const solved = solveInstance(instance);
  if (!solved.ok)
    return { ok: false, problems: [{ field: '(top level)', expected: solved.reason, got: 'a larger one' }] };
  return { ok: true, result: reportAssignment(instance, solved.assignment) };
}

/** The figures people look at first: how unevenly the work is spread. */
export function loadSpread(result: AssignmentResult): { min: number; max: number; sumOfSquares: number } {
  const loads = Object.values(result.loads);
  if (loads.length === 0) return { min: 0, max: 0, sumOfSquares: 0 };
  return {
    min: loads.reduce((a, b) => Math.min(a, b)),
    max: loads.reduce((a, b) => Math.max(a, b)),
    sumOfSquares: loads.reduce((sum, l) => sum + l * l, 0),
  };
}
