/** Building proposals through the API, as an applicant would, for tests. */
import type { TestClient } from './client.ts';
import { uploadPackageFiles } from './package-files.ts';
import { fillPartA } from './part-a.ts';

/** The eight demo organisations of an eligible Lot 1 consortium (4 countries, 3 + 3, HEI and VET). */
export const LOT1_CONSORTIUM: [pic: string, role: string][] = [
  ['999100001', 'coordinator'],
  ['999100002', 'beneficiary'],
  ['999100003', 'beneficiary'],
  ['999100004', 'beneficiary'],
  ['999100005', 'beneficiary'],
  ['999100006', 'beneficiary'],
  ['999100007', 'beneficiary'],
  ['999100008', 'beneficiary'],
];

export async function organisationByPic(
  client: TestClient,
  pic: string,
): Promise<{ id: string; type: string }> {
  const res = await client.get(`/api/v1/organisations?pic=${pic}`);
  if (res.status !== 200 || res.body.length !== 1)
    throw new Error(`no organisation ${pic}: ${JSON.stringify(res.body)}`);
  return res.body[0];
}

export async function saveSection(client: TestClient, id: string, key: string, mutate: (data: any) => any) {
  const view = await client.get(`/api/v1/proposals/${id}`);
  const section = view.body.sections[key];
  if (!section) throw new Error(`no section ${key}`);
  const res = await client.put(`/api/v1/proposals/${id}/sections/${key}`, {
    version: section.version,
    data: mutate(structuredClone(section.data)),
  });
  if (res.status !== 200) throw new Error(`saving ${key} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A Lot 1 proposal in `callId` that can be submitted: eight applicants, WP1 and WP2 with
 * deliverables, every beneficiary's budget, a requested grant of 80 %, and all answers.
 */
export async function eligibleLot1Proposal(coordinator: TestClient, callId = 'demo'): Promise<string> {
  const orgs = await Promise.all(LOT1_CONSORTIUM.map(([pic]) => organisationByPic(coordinator, pic)));
  const created = await coordinator.post('/api/v1/proposals', {
    callId,
    lot: 'lot1',
    organisationId: orgs[0]!.id,
    durationMonths: 24,
    acronym: 'TESTALLY',
    title: 'A test alliance',
  });
  if (created.status !== 201)
    throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  const coordinatorPid: string = created.body.sections.consortium.data.participants[0].id;
  const pids = [coordinatorPid, ...LOT1_CONSORTIUM.slice(1).map((_, i) => `p${i + 2}`)];
  await saveSection(coordinator, id, 'consortium', () => ({
    participants: LOT1_CONSORTIUM.map(([, role], i) => ({ id: pids[i], organisationId: orgs[i]!.id, role })),
  }));
  for (const [i, org] of orgs.entries()) {
    if (org.type === 'hei')
      await saveSection(coordinator, id, `participant:${pids[i]}`, (d) => ({ ...d, eche: true }));
  }
  await saveSection(coordinator, id, 'work-plan', (d) => ({
    workPackages: [
      { ...d.workPackages[0], deliverables: [{ id: 'd1', title: 'Quality plan', month: 3, kind: 'report' }] },
      {
        id: 'wp2',
        number: 2,
        title: 'Joint curriculum',
        leadParticipantId: pids[1],
        startMonth: 1,
        endMonth: 24,
        description: 'Curriculum.',
        deliverables: [{ id: 'd2', title: 'Curriculum', month: 18, kind: 'curriculum' }],
      },
    ],
  }));
  for (const pid of pids) {
    await saveSection(coordinator, id, `budget:${pid}`, () => ({
      lines: {
        wp1: {
          personnel: { personMonths: 2, monthlyRate: 5000 },
          subcontracting: 0,
          travel: 5000,
          equipment: 0,
          otherGoods: 0,
        },
        wp2: {
          personnel: { personMonths: 10, monthlyRate: 5000 },
          subcontracting: 0,
          travel: 10000,
          equipment: 5000,
          otherGoods: 2000,
        },
      },
    }));
  }
  const view = await coordinator.get(`/api/v1/proposals/${id}`);
  const total: number = view.body.review.budget.total.total;
  await saveSection(coordinator, id, 'general', (d) => ({
    ...d,
    requestedGrant: Math.min(1_000_000, Math.floor((total * 80) / 100)),
  }));
  for (const c of ['relevance', 'quality', 'partnership', 'impact']) {
    await saveSection(coordinator, id, `answers:${c}`, () => ({
      text: `How the alliance meets ${c}: a considered answer.`,
    }));
  }
  await fillPartA(coordinator, id);
  await uploadPackageFiles(coordinator, id);
  return id;
}
