/**
 * A demo proposal in the demo call: Lot 1, coordinated by Aarhus University, with four partners
 * so far. It is deliberately not yet eligible (too few countries and applicants), so the live
 * panel has something to say; two partners' contacts are demo accounts.
 */
import { randomUUID } from 'node:crypto';
import type { ServerDeps } from '../deps.ts';
import type { Tx } from '../operations/write.ts';
import { insertSection } from '../proposals/create.ts';
import { newBudgetSection, newParticipantSection } from '../proposals/defaults.ts';
import { DEMO_CALL_ID } from './demo-data.ts';
import { demoPartA } from './demo-part-a.ts';

const PARTNERS: [
  pic: string,
  role: 'coordinator' | 'beneficiary' | 'associated-partner',
  account?: string,
][] = [
  ['999100001', 'coordinator', 'coordinator'],
  ['999100002', 'beneficiary', 'partner1'],
  ['999100003', 'beneficiary', 'partner2'],
  ['999100004', 'beneficiary'],
  ['999100005', 'beneficiary'],
];

export async function seedDemoProposal(
  tx: Tx,
  deps: ServerDeps,
  now: Date,
  accounts: Map<string, string>,
  organisations: Map<string, string>,
): Promise<string> {
  const proposalId = randomUUID();
  const coordinatorAccount = accounts.get('coordinator')!;
  await tx
    .insertInto('proposals')
    .values({
      id: proposalId,
      call_id: DEMO_CALL_ID,
      state: 'draft',
      created_by: coordinatorAccount,
      created_at: now,
      updated_at: now,
      last_submission_id: null,
    })
    .execute();
  const participants = PARTNERS.map(([pic, role, account], i) => ({ id: `p${i + 1}`, pic, role, account }));
  const definition = deps.definitions.calls[Object.keys(deps.definitions.calls).sort().at(-1)!]!;
  const sections = new Map<string, unknown>([
    [
      'general',
      {
        lot: 'lot1',
        durationMonths: 24,
        ecosystem: 'renewable-energy',
        acronym: 'GREENSKILLS',
        title: 'Green skills for the wind and solar workforce',
        summary:
          'An alliance of universities, VET colleges and enterprises designing joint curricula for renewable-energy technicians.',
        requestedGrant: 0,
      },
    ],
    [
      'consortium',
      {
        participants: participants.map((p) => ({
          id: p.id,
          organisationId: organisations.get(p.pic)!,
          role: p.role,
        })),
      },
    ],
    [
      'work-plan',
      {
        workPackages: [
          {
            id: 'wp1',
            number: 1,
            title: 'Project management',
            leadParticipantId: 'p1',
            startMonth: 1,
            endMonth: 24,
            description: 'Coordination, quality assurance and reporting.',
            deliverables: [{ id: 'd1', title: 'Quality plan', month: 3, kind: 'report' }],
          },
          {
            id: 'wp2',
            number: 2,
            title: 'Joint curriculum for wind and solar technicians',
            leadParticipantId: 'p2',
            startMonth: 2,
            endMonth: 18,
            description: 'Design and pilot a joint VET–HE curriculum.',
            deliverables: [],
          },
        ],
      },
    ],
  ]);
  for (const p of participants) {
    sections.set(`participant:${p.id}`, {
      ...newParticipantSection(),
      eche: p.pic === '999100001' || p.pic === '999100003',
    });
    sections.set(`budget:${p.id}`, newBudgetSection());
  }
  sections.set('budget:p1', {
    lines: {
      wp1: {
        personnel: { personMonths: 12, monthlyRate: 6200 },
        subcontracting: 0,
        travel: 18000,
        equipment: 0,
        otherGoods: 4000,
      },
      wp2: {
        personnel: { personMonths: 6, monthlyRate: 6200 },
        subcontracting: 0,
        travel: 6000,
        equipment: 0,
        otherGoods: 0,
      },
    },
  });
  for (const c of definition.awardCriteria.criteria) sections.set(`answers:${c.id}`, { text: '' });
  for (const [key, data] of demoPartA(
    definition,
    participants.map((p) => p.id),
  ))
    sections.set(key, data);
  for (const [key, data] of sections) await insertSection(tx, proposalId, key, data, coordinatorAccount, now);
  for (const p of participants) {
    if (!p.account) continue;
    await tx
      .insertInto('proposal_members')
      .values({
        proposal_id: proposalId,
        account_id: accounts.get(p.account)!,
        role: p.role === 'coordinator' ? 'coordinator-contact' : 'partner-contact',
        participant_id: p.id,
        created_at: now,
      })
      .execute();
  }
  return proposalId;
}
