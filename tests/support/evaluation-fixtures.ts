/** Individual evaluations for the evaluation tests: neutral comments unless a test gives its own. */
import type { CriterionId } from '../../src/engine/call-definition/types.ts';
import type { IndividualEvaluation } from '../../src/engine/evaluation/types.ts';

/** Long enough for the default minimum, and free of every weakness and strength word. */
export const NEUTRAL_COMMENT =
  'The proposal describes its objectives and the needs analysis in some detail. The work plan follows from it.';

export const CRITERIA: readonly CriterionId[] = ['relevance', 'quality', 'partnership', 'impact'];

export function evaluation(
  evaluationId: string,
  expertId: string,
  scores: Partial<Record<CriterionId, number>> = {},
  comments: Partial<Record<CriterionId, string>> = {},
  proposalId = 'P-1',
): IndividualEvaluation {
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [c, { score: scores[c] ?? 20, comment: comments[c] ?? NEUTRAL_COMMENT }]),
  ) as IndividualEvaluation['criteria'];
  return { evaluationId, expertId, proposalId, criteria };
}

/** The part of a test client the flag helper needs. */
interface ApiClient {
  get(path: string): Promise<{ status: number; body: any }>;
  post(path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

/**
 * The chair resolves every open flag of a proposal, as an officer does on the progress page,
 * so that the consensus may be agreed. Returns how many it resolved.
 */
export async function resolveOpenFlags(
  officer: ApiClient,
  proposalId: string,
  reason = 'Discussed at the consensus meeting; the scores stand as the rapporteur drafted them.',
): Promise<number> {
  const base = `/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}`;
  const view = await officer.get(`${base}/consensus`);
  if (view.status !== 200) throw new Error(`consensus view: ${view.status} ${JSON.stringify(view.body)}`);
  const open = (view.body.flags as { key: string; resolution: unknown }[]).filter((f) => !f.resolution);
  for (const f of open) {
    const res = await officer.post(`${base}/flags/resolve`, { flag: f.key, reason });
    if (res.status !== 200) throw new Error(`resolving ${f.key}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return open.length;
}
