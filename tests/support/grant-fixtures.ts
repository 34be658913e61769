/**
 * Reaching a selection through the API, as the agency and the experts do: every submitted
 * proposal of a closed call screened eligible, one expert each, scored (a score per proposal, so
 * the ranking order is known), the consensus agreed, the ranking confirmed with the envelope
 * given and the reports sent. Open chair's flags are resolved with a reason on the way. The grant tests start from there.
 */
import assert from 'node:assert/strict';
import type { TestClient } from './client.ts';
import { resolveOpenFlags } from './evaluation-fixtures.ts';

const COMMENT =
  'Strengths: the consortium covers education and enterprise well. Weaknesses: the plan to reach SMEs is thin.';

export async function selectThroughEvaluation(
  officer: TestClient,
  expertClient: (email: string) => Promise<TestClient>,
  callId: string,
  scores: Record<string, number>,
  envelope: number,
): Promise<void> {
  const ok = (res: { status: number; body: unknown }, status = 200) =>
    assert.equal(res.status, status, JSON.stringify(res.body));
  for (const proposalId of Object.keys(scores))
    ok(
      await officer.post(`/api/v1/evaluation/proposals/${proposalId}/screening`, {
        decision: 'eligible',
        reason: 'Checked against the call and the registry: all rules met.',
      }),
    );
  const settings = (await officer.get(`/api/v1/evaluation/calls/${callId}/settings`)).body;
  const { callId: _, ...rest } = settings;
  ok(await officer.put(`/api/v1/evaluation/calls/${callId}/settings`, { ...rest, expertsPerProposal: 1 }));
  ok(await officer.post(`/api/v1/evaluation/calls/${callId}/assignment/confirm`));
  const progress = (await officer.get(`/api/v1/evaluation/calls/${callId}/progress`)).body as {
    proposalId: string;
    experts: { expertId: string }[];
  }[];
  const emailOf = new Map<string, string>(
    (await officer.get('/api/v1/evaluation/experts')).body.map((e: any) => [e.expertId ?? e.id, e.email]),
  );
  for (const item of progress) {
    const score = scores[item.proposalId];
    if (score === undefined) continue;
    const expert = await expertClient(emailOf.get(item.experts[0]!.expertId)!);
    const base = `/api/v1/evaluation/proposals/${item.proposalId}`;
    ok(await expert.post(`${base}/declaration`, { noConflict: true, confidentiality: true }));
    const criteria = Object.fromEntries(
      ['relevance', 'quality', 'partnership', 'impact'].map((k) => [k, { score, comment: COMMENT }]),
    );
    ok(await expert.put(`${base}/my-evaluation`, { version: 0, criteria }));
    ok(await expert.post(`${base}/my-evaluation/submit`));
    const view = (await expert.get(`${base}/consensus`)).body;
    const agreed: Record<string, unknown> = {};
    for (const c of view.draft.criteria)
      agreed[c.criterion] = {
        score: c.proposedScore,
        comment: `Consensus on ${c.criterion}: ${c.statements[0].text}`,
        sources: [c.statements[0].ref],
      };
    ok(await expert.put(`${base}/consensus`, { version: 0, criteria: agreed }));
    // A score near the threshold raises a chair's flag; the chair resolves it before agreeing.
    await resolveOpenFlags(officer, item.proposalId);
    ok(await expert.post(`${base}/consensus/agree`));
  }
  ok(
    await officer.post(`/api/v1/evaluation/calls/${callId}/ranking/confirm`, {
      envelopes: { lot1: envelope },
    }),
    201,
  );
  ok(await officer.post(`/api/v1/evaluation/calls/${callId}/reports/send`));
}
