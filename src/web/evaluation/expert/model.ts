/**
 * The expert pages' arithmetic and bookkeeping, kept pure so it is tested without a browser:
 * where an assignment stands, reading a score as typed, the live total, the server's problems
 * per field, what differs after a stale save, and quoting expert statements in the consensus.
 */

import type { Problem } from '../../../contracts/common.ts';
import type {
  Assessment,
  Assignment,
  ConsensusView,
  Criterion,
} from '../../../contracts/evaluation-expert.ts';
import { DEFAULT_MIN_COMMENT_LENGTH, MAX_COMMENT_LENGTH } from '../../../engine/evaluation/individual.ts';
import { type EvaluationStage, evaluationStage, expertMay } from '../../../engine/evaluation/lifecycle.ts';

/** The shortest comment the server accepts on submit, and the longest it stores: the engine's. */
export const COMMENT_MIN = DEFAULT_MIN_COMMENT_LENGTH;
export const COMMENT_MAX = MAX_COMMENT_LENGTH;

export type AssignmentState = 'conflict' | 'to-declare' | 'to-evaluate' | 'draft' | 'submitted';

/** The engine's lifecycle stage of an assignment (the one the server's policies decide on). */
export function assignmentStage(a: Pick<Assignment, 'declaration' | 'evaluation'>): EvaluationStage {
  const declaration = !a.declaration
    ? 'none'
    : !a.declaration.noConflict
      ? 'conflict'
      : a.declaration.confidentiality
        ? 'no-conflict'
        : 'none';
  return evaluationStage({ declaration, evaluation: a.evaluation });
}

/** The expert's own to-do for an assignment: the lifecycle stage as the home page lists it. */
export function assignmentState(a: Pick<Assignment, 'declaration' | 'evaluation'>): AssignmentState {
  const stage = assignmentStage(a);
  if (stage === 'assigned') return 'to-declare';
  if (stage === 'conflict') return 'conflict';
  if (expertMay(stage, 'score')) return stage === 'draft' ? 'draft' : 'to-evaluate';
  return 'submitted';
}

export type ScoreReading =
  | { ok: true; value: number | null }
  | { ok: false; error: 'whole' | 'range'; value: undefined };

/** A score as typed: empty is "not scored yet"; otherwise whole points from 0 to the maximum. */
export function readScore(text: string, maximum: number): ScoreReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'whole', value: undefined };
  const n = Number(trimmed);
  if (n > maximum) return { ok: false, error: 'range', value: undefined };
  return { ok: true, value: n };
}

export interface Total {
  total: number;
  maximum: number;
  /** Every criterion has a readable score. */
  complete: boolean;
  /** Criteria under their own threshold (only those scored). */
  below: string[];
}

export function totalOf(
  criteria: readonly Criterion[],
  scores: Record<string, number | null | undefined>,
): Total {
  let total = 0;
  let complete = true;
  const below: string[] = [];
  for (const c of criteria) {
    const s = scores[c.id];
    if (s === null || s === undefined) {
      complete = false;
      continue;
    }
    total += s;
    if (s < c.threshold) below.push(c.id);
  }
  return { total, maximum: criteria.reduce((sum, c) => sum + c.maximum, 0), complete, below };
}

/**
 * The server's problems by the input they belong to: "criteria.impact" (missing altogether)
 * goes with the score of impact, "criteria.impact.sources[0]" with the sources of impact.
 */
export function problemsByField(
  problems: readonly Problem[],
  say: (problem: Problem) => string = (p) => p.expected,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const m = /^criteria\.([A-Za-z0-9_-]+)(?:\.(score|comment|sources))?/.exec(p.field);
    const key = m ? `${m[1]}.${m[2] ?? 'score'}` : p.field;
    out.set(key, [...(out.get(key) ?? []), say(p)]);
  }
  return out;
}

export interface Difference {
  criterion: string;
  field: 'score' | 'comment';
  saved: string;
  mine: string;
}

const shown = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** What the version saved elsewhere has that differs from what is on screen, per criterion. */
export function differences(
  criteria: readonly Criterion[],
  saved: Record<string, Partial<Assessment> | undefined>,
  mine: Record<string, Partial<Assessment> | undefined>,
): Difference[] {
  const out: Difference[] = [];
  for (const c of criteria) {
    for (const field of ['score', 'comment'] as const) {
      const a = shown(saved[c.id]?.[field]);
      const b = shown(mine[c.id]?.[field]);
      if (a !== b) out.push({ criterion: c.id, field, saved: a, mine: b });
    }
  }
  return out;
}

export interface ConsensusEntry {
  scoreText: string;
  comment: string;
  sources: string[];
}

/** The rapporteur's starting point: the saved report, or else the draft's proposed scores. */
export function initialConsensus(view: Pick<ConsensusView, 'criteria' | 'draft' | 'report'>) {
  const out: Record<string, ConsensusEntry> = {};
  for (const c of view.criteria) {
    const saved = view.report?.criteria[c.id];
    const proposed = view.draft?.criteria.find((d) => d.criterion === c.id)?.proposedScore;
    out[c.id] = saved
      ? { scoreText: String(saved.score), comment: saved.comment, sources: [...saved.sources] }
      : { scoreText: proposed === undefined ? '' : String(proposed), comment: '', sources: [] };
  }
  return out;
}

/** Quoting a statement: its sentence is added to the comment and its reference to the sources. */
export function quote(entry: ConsensusEntry, statement: { ref: string; text: string }): ConsensusEntry {
  const comment =
    entry.comment.trim() === '' ? statement.text : `${entry.comment.trimEnd()} ${statement.text}`;
  const sources = entry.sources.includes(statement.ref) ? entry.sources : [...entry.sources, statement.ref];
  return { ...entry, comment, sources };
}

/** An element id for a statement (a reference holds "#" and "."). */
export function statementAnchor(ref: string): string {
  return `stmt-${ref.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
