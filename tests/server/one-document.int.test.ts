/**
 * The editor's live check and the server read the proposal through one document module
 * (src/engine/proposal/document.ts): what the live check finds is what the server finds, and
 * what the live check lets through the server saves.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assembleDocument } from '../../src/engine/proposal/document.ts';
import { reviewProposal } from '../../src/engine/proposal/review.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const clock = new ManualClock('2023-04-01T10:00:00Z');
let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ clock });
});
after(async () => {
  await platform.close();
});

/** The live check as the editor computes it from what the browser holds. */
async function liveFindings(view: any) {
  const organisations = new Map<string, any>(
    view.document.participants.map((p: any) => [p.organisation.id, p.organisation]),
  );
  const sections = view.sections as Record<string, { data: unknown }>;
  const doc = assembleDocument({
    id: view.id,
    callId: view.callId,
    sections: (key) => sections[key]?.data,
    keys: Object.keys(sections),
    organisations,
  });
  const book = await platform.deps.calls.ruleBook(view.callId);
  return reviewProposal(book, doc).findings.map((f) => [f.rule, f.field]);
}

describe('a deliverable without a title', () => {
  let id: string;
  let view: any;

  it('is saved, as the live check lets it through', async () => {
    const coordinator = await platform.as('coordinator');
    id = await eligibleLot1Proposal(coordinator, '2023');
    const before = await coordinator.get(`/api/v1/proposals/${id}`);
    const workPlan = structuredClone(before.body.sections['work-plan']);
    workPlan.data.workPackages[1].deliverables.push({ id: 'd3', title: '', month: 20, kind: 'tool' });
    const res = await coordinator.put(`/api/v1/proposals/${id}/sections/work-plan`, {
      version: workPlan.version,
      data: workPlan.data,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
  });

  it('is the same finding in the live check and on the server, at the deliverable title, and blocks submission', async () => {
    const field = 'work-plan.workPackages[1].deliverables[1].title';
    const server = view.review.findings.map((f: any) => [f.rule, f.field]);
    assert.deepEqual(
      server.filter(([, f]: string[]) => f === field),
      [['form.deliverable-title', field]],
    );
    assert.deepEqual(await liveFindings(view), server);
    assert.equal(view.review.submittable, false);
  });
});
