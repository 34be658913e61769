/**
 * A second demo call whose deadline has just passed, with four submitted proposals, so that the
 * agency's side can be tried at once: screening, experts and conflicts of interest, assignment,
 * scoring, consensus, ranking. The proposals are built through the same operations an applicant
 * uses (create, save sections, submit), on a clock set a week before that deadline.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { LotId } from '../../engine/call-definition/types.ts';
import { reviewProposal } from '../../engine/proposal/review.ts';
import type { Actor } from '../auth/actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServerDeps } from '../deps.ts';
import { createProposal } from '../proposals/create.ts';
import { assembleDocument, loadProposalRow, loadSections } from '../proposals/repository.ts';
import { submitProposal } from '../proposals/submission.ts';
import { updateSection } from '../proposals/update-section.ts';
import { uploadDemoFiles } from './demo-files.ts';
import { demoPartA } from './demo-part-a.ts';
import type { SeededAccount } from './seed.ts';

export const DEMO_CLOSED_CALL_ID = 'demo-closed';

interface DemoProposal {
  acronym: string;
  title: string;
  lot: LotId;
  durationMonths: number;
  ecosystem: string | null;
  /** PICs of the demo organisations; the first coordinates. */
  consortium: string[];
  /** Share of the lot's ceiling the budget aims at, in per cent. */
  scale: number;
}

export const DEMO_EVALUATION_PROPOSALS: DemoProposal[] = [
  {
    acronym: 'WINDSKILLS',
    title: 'Joint curricula for wind-turbine technicians',
    lot: 'lot1',
    durationMonths: 24,
    ecosystem: 'renewable-energy',
    consortium: [
      '999100001',
      '999100002',
      '999100003',
      '999100004',
      '999100005',
      '999100006',
      '999100007',
      '999100008',
    ],
    scale: 90,
  },
  {
    acronym: 'DIGIVET',
    title: 'Digital skills for vocational teachers and companies',
    lot: 'lot1',
    durationMonths: 36,
    ecosystem: 'digital',
    consortium: [
      '999100009',
      '999100010',
      '999100011',
      '999100012',
      '999100013',
      '999100014',
      '999100015',
      '999100017',
    ],
    scale: 80,
  },
  {
    acronym: 'SOLARCRAFT',
    title: 'Solar installers: from apprenticeship to engineering',
    lot: 'lot1',
    durationMonths: 24,
    ecosystem: 'renewable-energy',
    consortium: [
      '999100015',
      '999100018',
      '999100016',
      '999100010',
      '999100004',
      '999100014',
      '999100009',
      '999100017',
    ],
    scale: 70,
  },
  {
    acronym: 'GREENBUILD',
    title: 'Construction skills for the renovation wave',
    lot: 'lot1',
    durationMonths: 24,
    ecosystem: 'construction',
    consortium: [
      '999100017',
      '999100011',
      '999100009',
      '999100013',
      '999100012',
      '999100014',
      '999100010',
      '999100016',
    ],
    scale: 60,
  },
];

/** Two more experts, so that every proposal can get three without a conflict of interest. */
export const EXTRA_EXPERTS = [
  {
    key: 'expert4',
    name: 'Sven Lindqvist',
    country: 'SE',
    topics: ['construction', 'vet', 'education-enterprise', 'digital'],
    languages: ['en', 'sv'],
  },
  {
    key: 'expert5',
    name: 'Eleni Papadopoulou',
    country: 'GR',
    topics: ['renewable-energy', 'higher-education', 'education-enterprise'],
    languages: ['en', 'el'],
  },
];

const CRITERIA = ['relevance', 'quality', 'partnership', 'impact'];

export async function seedDemoEvaluation(deps: ServerDeps, demoPassword?: string): Promise<SeededAccount[]> {
  const now = deps.clock.now();
  const deadline = new Date(now.getTime() - 3_600_000);
  const newest = Object.keys(deps.definitions.calls).sort().at(-1)!;
  await deps.db
    .insertInto('calls')
    .values({
      id: DEMO_CLOSED_CALL_ID,
      definition_year: newest,
      title: `Demo call for the evaluation: a copy of the ${newest} call, closed`,
      title_da: `Demoindkaldelse til evalueringen: en kopi af ${newest}-indkaldelsen, lukket`,
      is_demo: true,
      deadline_at: deadline,
      opens_at: new Date(now.getTime() - 90 * 86_400_000),
      created_at: now,
    })
    .execute();
  await deps.calls.reload();

  const seeded: SeededAccount[] = [];
  for (const e of EXTRA_EXPERTS) {
    const password = demoPassword ?? randomBytes(9).toString('base64url');
    const email = `${e.key}@demo.alliances.example`;
    const accountId = randomUUID();
    await deps.db
      .insertInto('accounts')
      .values({
        id: accountId,
        email,
        name: e.name,
        role: 'expert',
        password_hash: await hashPassword(password),
        created_at: now,
      })
      .execute();
    await deps.db
      .insertInto('experts')
      .values({
        id: randomUUID(),
        account_id: accountId,
        name: e.name,
        email,
        country: e.country,
        employer_pic: null,
        topics: JSON.stringify(e.topics),
        lots: JSON.stringify(['lot1', 'lot2', 'lot3']),
        languages: JSON.stringify(e.languages),
        max_load: 8,
        created_at: now,
        version: 1,
      })
      .execute();
    seeded.push({ email, password, role: 'expert', purpose: 'independent expert (demo evaluation)' });
  }

  const coordinator = await deps.db
    .selectFrom('accounts')
    .select(['id', 'email', 'name', 'role'])
    .where('email', '=', 'coordinator@demo.alliances.example')
    .executeTakeFirstOrThrow();
  // The applicants worked a week before the deadline.
  const before: ServerDeps = { ...deps, clock: { now: () => new Date(deadline.getTime() - 7 * 86_400_000) } };
  for (const spec of DEMO_EVALUATION_PROPOSALS) await buildAndSubmit(before, coordinator, spec);
  return seeded;
}

async function buildAndSubmit(deps: ServerDeps, actor: Actor, spec: DemoProposal): Promise<void> {
  const orgs = await deps.db
    .selectFrom('organisations')
    .select(['id', 'pic', 'type'])
    .where('pic', 'in', spec.consortium)
    .execute();
  const org = (pic: string) => orgs.find((o) => o.pic === pic)!;
  const { id } = await createProposal(deps, actor, {
    callId: DEMO_CLOSED_CALL_ID,
    lot: spec.lot,
    organisationId: org(spec.consortium[0]!).id,
    durationMonths: spec.durationMonths,
    ecosystem: spec.ecosystem,
    acronym: spec.acronym,
    title: spec.title,
  });
  const save = async (key: string, change: (data: Record<string, unknown>) => unknown) => {
    const section = (await loadSections(deps.db, id)).get(key)!;
    const data = structuredClone(section.data) as Record<string, unknown>;
    await updateSection(deps, actor, id, key, { version: section.version, data: change(data) });
  };
  const first = (
    (await loadSections(deps.db, id)).get('consortium')!.data as { participants: { id: string }[] }
  ).participants[0]!.id;
  const pids = spec.consortium.map((_, i) => (i === 0 ? first : `p${i + 1}`));
  await save('consortium', () => ({
    participants: spec.consortium.map((pic, i) => ({
      id: pids[i],
      organisationId: org(pic).id,
      role: i === 0 ? 'coordinator' : 'beneficiary',
    })),
  }));
  for (const [i, pic] of spec.consortium.entries()) {
    if (org(pic).type === 'hei')
      await save(`participant:${pids[i]}`, (d) => ({ ...d, eche: true, contactName: 'Demo contact' }));
  }
  await save('work-plan', (d) => ({
    workPackages: [
      {
        ...(d.workPackages as object[])[0],
        description: 'Coordination, quality assurance and reporting.',
        deliverables: [{ id: 'd1', title: 'Quality plan', month: 3, kind: 'report' }],
      },
      {
        id: 'wp2',
        number: 2,
        title: 'Joint curriculum',
        leadParticipantId: pids[1],
        startMonth: 1,
        endMonth: spec.durationMonths,
        description: 'Design, pilot and validate the curriculum.',
        deliverables: [{ id: 'd2', title: 'Curriculum', month: spec.durationMonths - 6, kind: 'curriculum' }],
      },
      {
        id: 'wp3',
        number: 3,
        title: 'Dissemination and roll-out',
        leadParticipantId: pids[2],
        startMonth: 6,
        endMonth: spec.durationMonths,
        description: 'Reach VET providers and companies beyond the alliance.',
        deliverables: [{ id: 'd3', title: 'Roll-out plan', month: spec.durationMonths, kind: 'report' }],
      },
    ],
  }));
  // Budgets sized so the requested 80 % is `scale` per cent of the lot's ceiling.
  const ceiling = spec.durationMonths === 36 ? 1_500_000 : 1_000_000;
  const perBeneficiary = Math.floor((ceiling * spec.scale) / 100 / 0.8 / 1.07 / pids.length);
  for (const pid of pids) {
    const personnel = Math.floor((perBeneficiary * 0.7) / 5000);
    await save(`budget:${pid}`, () => ({
      lines: {
        wp1: {
          personnel: { personMonths: 1, monthlyRate: 5000 },
          subcontracting: 0,
          travel: 4000,
          equipment: 0,
          otherGoods: 0,
        },
        wp2: {
          personnel: { personMonths: Math.max(1, personnel - 3), monthlyRate: 5000 },
          subcontracting: 0,
          travel: 6000,
          equipment: 3000,
          otherGoods: 2000,
        },
        wp3: {
          personnel: { personMonths: 2, monthlyRate: 5000 },
          subcontracting: 0,
          travel: 3000,
          equipment: 0,
          otherGoods: 1000,
        },
      },
    }));
  }
  const book = await deps.calls.ruleBook(DEMO_CLOSED_CALL_ID);
  const doc = await assembleDocument(
    deps.db,
    await loadProposalRow(deps.db, id),
    await loadSections(deps.db, id),
  );
  const total = reviewProposal(book, doc).budget.total.total;
  await save('general', (d) => ({
    ...d,
    summary: spec.title,
    requestedGrant: Math.min(ceiling, Math.floor((total * 80) / 100)),
  }));
  for (const c of CRITERIA) {
    await save(`answers:${c}`, () => ({
      text: `${spec.acronym} and the award criterion "${c}": the alliance explains here how it meets it, with evidence from the partners' earlier projects.`,
    }));
  }
  for (const [key, data] of demoPartA(book.calls[DEMO_CLOSED_CALL_ID]!, pids)) await save(key, () => data);
  await uploadDemoFiles(deps, actor, id);
  await submitProposal(deps, actor, id);
}
