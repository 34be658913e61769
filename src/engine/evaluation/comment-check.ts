/**
 * A comment that contradicts its score: a transparent keyword heuristic, not a judgement. A high
 * score (at least 80 % of the maximum) whose comment is dominated by weakness words, or a score
 * under the threshold whose comment is dominated by strength words. "Dominated" means more
 * matches of the one kind than of the other. The flag lists the words, so the chair sees why.
 *
 * The standard format "Strengths: … Weaknesses: …" (Danish "Styrker: … Svagheder: …") has its
 * headings taken out first: a heading names a section, it judges nothing, and counting
 * "Weaknesses" as a weakness word flagged nearly every comment written that way.
 */
import { STRENGTH_WORDS, WEAKNESS_WORDS } from './keywords.ts';

export interface KeywordMatches {
  /** The words as found in the comment (lower case), in order, repeats included. */
  weaknesses: string[];
  strengths: string[];
}

interface Entry {
  phrase: string;
  kind: 'weakness' | 'strength';
}

const ENTRIES: Entry[] = [
  ...WEAKNESS_WORDS.map((phrase): Entry => ({ phrase, kind: 'weakness' })),
  ...STRENGTH_WORDS.map((phrase): Entry => ({ phrase, kind: 'strength' })),
].sort((a, b) => b.phrase.length - a.phrase.length);

// A hyphen needs no escape outside a character class (and may not have one with the u flag).
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest entries first: at any position, "not convincing" is tried before "convincing". */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ENTRIES.map((e) => escapeRegExp(e.phrase).replace(/ /g, '\\s+')).join('|')})\\p{L}*`,
  'gu',
);

function entryOf(found: string): Entry | undefined {
  const normalised = found.replace(/\s+/g, ' ');
  return ENTRIES.find((e) => normalised.startsWith(e.phrase));
}

/** "Strengths:", "Main weaknesses -", "Svagheder:" at the start or after a sentence: headings. */
const HEADING =
  /(^|[\n.;:!?]\s*)(?:(?:main|major|key|minor|other)\s+)?(?:strengths?|weakness(?:es)?|styrker?|svagheder|svaghed)\s*[:\-–]/giu;

export function withoutHeadings(comment: string): string {
  return comment.replace(HEADING, '$1');
}

export function matchKeywords(comment: string): KeywordMatches {
  const matches: KeywordMatches = { weaknesses: [], strengths: [] };
  for (const m of withoutHeadings(comment).toLowerCase().matchAll(PATTERN)) {
    const entry = entryOf(m[0]);
    if (!entry) continue;
    (entry.kind === 'weakness' ? matches.weaknesses : matches.strengths).push(m[0].replace(/\s+/g, ' '));
  }
  return matches;
}

/** A score is "high" from this share of the criterion's maximum (20 of 25). */
export const HIGH_SCORE_SHARE = 0.8;

export type Contradiction =
  | { kind: 'high-score-weak-comment'; matches: KeywordMatches }
  | { kind: 'low-score-strong-comment'; matches: KeywordMatches };

export function commentContradiction(
  score: number,
  maximum: number,
  threshold: number,
  comment: string,
  highShare: number = HIGH_SCORE_SHARE,
): Contradiction | undefined {
  const high = score >= highShare * maximum;
  const low = score < threshold;
  if (!high && !low) return undefined;
  const matches = matchKeywords(comment);
  const weak = matches.weaknesses.length;
  const strong = matches.strengths.length;
  if (high && weak > strong) return { kind: 'high-score-weak-comment', matches };
  if (low && strong > weak) return { kind: 'low-score-strong-comment', matches };
  return undefined;
}
