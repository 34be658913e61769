/**
 * The agency's whole evaluation through the API: screening, the expert registry and conflicts of
 * interest, the optimal assignment, declarations and individual evaluations, consensus with
 * flags, ranking with a what-if, and the evaluation summary reports.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { resolveOpenFlags } from '../support/evaluation-fixtures.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';

const clock = new ManualClock('2025-02-01T10:00:00Z');
let platform: TestPlatform;
let officer: TestClient;
const proposals: string[] = [];
/** The proposal whose flags the chair resolved by hand (the progress list's second). */
let flaggedProposal = '';
const CALL = '2025';

// A comment full of strengths: on a score under the threshold it must raise a flag for the chair.
const STRONG_COMMENT =
  'The proposal is convincing and well argued. The consortium brings the right partners together for the aims.';

async function expertClient(key: string) {
  return platform.as(key);
}

before(async () => {
  platform = await testPlatform({ clock });
  const coordinator = await platform.as('coordinator');
  for (let i = 0; i < 3; i++) proposals.push(await eligibleLot1Proposal(coordinator, CALL));
  for (const id of proposals) {
    const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  officer = await platform.as('officer');
});
after(async () => {
  await platform.close();
});

describe('before the deadline', () => {
  it('the evaluation cannot start while the call is open', async () => {
    const res = await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`);
    assert.equal(res.status, 403);
    assert.equal(res.body.error, 'call-open');
  });
});

/**
 * Proposal 1 has open flags (the experts' impact scores far apart, a strong comment on a low
 * score): the rapporteur cannot agree the consensus, and cannot resolve them either; the officer
 * resolves each with a reason, and only then is the consensus agreed.
 */
async function chairResolvesFlags(proposalId: string, rapporteur: TestClient) {
  const base = `/api/v1/evaluation/proposals/${proposalId}`;
  const refused = await rapporteur.post(`${base}/consensus/agree`);
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  const named = refused.body.openFlags.map((f: any) => `${f.id}:${f.criterionName?.en ?? 'overall'}`);
  assert.ok(named.includes('spread:Impact'), named.join(', '));
  assert.ok(
    refused.body.openFlags.some((f: any) => f.id === 'comment-contradicts-score' && f.expertName),
    'a comment flag names its expert',
  );
  assert.match(refused.body.message, /flags are open: .*Impact: scores far apart/);
  assert.match(refused.body.messages.da, /markeringer er åbne: .*Virkning/);
  assert.equal((await rapporteur.get(`${base}/consensus`)).body.report.status, 'draft', 'nothing agreed');

  const flags = (await officer.get(`${base}/consensus`)).body.flags as any[];
  const spread = flags.find((f) => f.id === 'spread' && f.criterion === 'impact');
  assert.equal(spread.resolution, null);
  const reason = 'The panel discussed the impact scores; the consensus score stands.';
  const byExpert = await rapporteur.post(`${base}/flags/resolve`, { flag: spread.key, reason });
  assert.equal(byExpert.status, 403, 'an expert cannot resolve a flag');
  const noReason = await officer.post(`${base}/flags/resolve`, { flag: spread.key, reason: '   ' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.body.problems[0].field, 'reason');
  const unknown = await officer.post(`${base}/flags/resolve`, { flag: 'spread:nothing:-', reason });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.problems[0].field, 'flag');

  const done = await officer.post(`${base}/flags/resolve`, { flag: spread.key, reason });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.resolution.reason, reason);
  const again = await officer.post(`${base}/flags/resolve`, { flag: spread.key, reason });
  assert.equal(again.status, 409, 'resolved once');

  // One flag resolved, others still open: still refused, and the resolved one is not named.
  const stillOpen = await rapporteur.post(`${base}/consensus/agree`);
  assert.equal(stillOpen.status, 409);
  assert.ok(!stillOpen.body.openFlags.some((f: any) => f.key === spread.key));

  const overview = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body;
  const shown = overview
    .find((o: any) => o.proposalId === proposalId)
    .flags.find((f: any) => f.key === spread.key);
  assert.equal(shown.resolution.reason, reason);
  assert.equal(typeof shown.resolution.byName, 'string');
  assert.ok(!Number.isNaN(Date.parse(shown.resolution.at)));
  for (const f of flags.filter((x) => x.key !== spread.key)) {
    const res = await officer.post(`${base}/flags/resolve`, { flag: f.key, reason });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
}

describe('after the deadline', () => {
  before(async () => {
    clock.set('2025-03-07T09:00:00Z');
    // A month has passed: sessions last 12 hours.
    officer = await platform.as('officer');
  });

  it('screening lists every submitted proposal with the engine findings; the officer decides with a reason', async () => {
    const list = await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.map((p: any) => p.proposalId).sort(), [...proposals].sort());
    for (const p of list.body) assert.equal(p.engine.eligible, true);
    const noReason = await officer.post(`/api/v1/evaluation/proposals/${proposals[0]}/screening`, {
      decision: 'eligible',
      reason: 'ok',
    });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.problems[0].field, 'reason');
    for (const id of proposals.slice(0, 2)) {
      const res = await officer.post(`/api/v1/evaluation/proposals/${id}/screening`, {
        decision: 'eligible',
        reason: 'Checked against the call: all rules met.',
      });
      assert.equal(res.body.overridden, false);
    }
    const override = await officer.post(`/api/v1/evaluation/proposals/${proposals[2]}/screening`, {
      decision: 'ineligible',
      reason: 'The coordinator has no valid PIC validation for the legal entity.',
    });
    assert.equal(override.body.overridden, true);
  });

  it('conflicts of interest are found from registry data before any invitation', async () => {
    const conflicts = await officer.get(`/api/v1/evaluation/calls/${CALL}/conflicts`);
    const expert2 = (await officer.get('/api/v1/evaluation/experts')).body.find((e: any) =>
      e.email.startsWith('expert2'),
    );
    const theirs = conflicts.body.conflicts.filter((c: any) => c.expertId === expert2.id);
    assert.equal(theirs.length, 3, 'the employer of expert 2 takes part in every proposal');
    assert.deepEqual(theirs[0].reasons, [{ kind: 'employer-takes-part', detail: '999100003' }]);
    assert.ok(theirs.every((c: any) => c.active));
  });

  it('the registry grows, and an impossible assignment explains itself', async () => {
    const proposal = await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/propose`);
    assert.equal(proposal.status, 200);
    assert.equal(proposal.body.result.feasible, false);
    assert.equal(proposal.body.result.uncovered.length, 2);
    assert.equal(proposal.body.result.uncovered[0].cause, 'too-few-eligible');
    for (const [i, topics] of [
      [4, ['vet', 'education-enterprise', 'higher-education']],
      [5, ['digital', 'higher-education']],
    ] as const) {
      const res = await officer.post('/api/v1/evaluation/experts', {
        name: `Expert ${i}`,
        email: `expert${i}@example.org`,
        country: 'SE',
        employerPic: null,
        topics,
        lots: ['lot1'],
        languages: ['en'],
        maxLoad: 5,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
  });

  it('the optimal assignment gives each proposal three experts without conflicts, and is stored on confirmation', async () => {
    const proposal = await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/propose`);
    assert.equal(proposal.body.result.feasible, true);
    const confirmed = await officer.post(`/api/v1/evaluation/calls/${CALL}/assignment/confirm`);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.score, proposal.body.result.score);
    const progress = await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`);
    const screenedIn = progress.body.filter((p: any) => p.screening === 'eligible');
    assert.equal(screenedIn.length, 2);
    for (const p of screenedIn) {
      assert.equal(p.experts.length, 3);
      assert.equal(p.experts.filter((e: any) => e.rapporteur).length, 1);
      assert.ok(!p.experts.some((e: any) => e.name === 'Maria Rossi'), 'expert 2 stays off');
    }
    const ineligible = progress.body.find((p: any) => p.proposalId === proposals[2]);
    assert.equal(ineligible.experts.length, 0);
    // Six review slots and four experts without a conflict: every one of them gets work.
    const working = new Set(screenedIn.flatMap((p: any) => p.experts.map((e: any) => e.name)));
    assert.equal(working.size, 4, `experts with work: ${[...working].join(', ')}`);
  });

  it('an expert declares before opening; sees others only after submitting; scores are validated', async () => {
    const expert = await expertClient('expert1');
    const mine = await expert.get('/api/v1/evaluation/my-assignments');
    assert.ok(mine.body.length >= 1, 'expert 1 reviews at least one proposal');
    // The consensus's state is shown only once the expert's own evaluation is in.
    for (const a of mine.body) assert.equal(a.consensus, null);
    const id = mine.body[0].proposalId;
    assert.equal(
      (await expert.get(`/api/v1/evaluation/proposals/${id}/content`)).body.error,
      'declaration-required',
    );
    const declared = await expert.post(`/api/v1/evaluation/proposals/${id}/declaration`, {
      noConflict: true,
      confidentiality: true,
    });
    assert.equal(declared.status, 200);
    const content = await expert.get(`/api/v1/evaluation/proposals/${id}/content`);
    assert.equal(content.body.content.acronym, 'TESTALLY');
    const draft = await expert.put(`/api/v1/evaluation/proposals/${id}/my-evaluation`, {
      version: 0,
      criteria: { relevance: { score: 30, comment: 'too short' } },
    });
    assert.equal(draft.status, 200, 'a draft may be incomplete');
    const incomplete = await expert.post(`/api/v1/evaluation/proposals/${id}/my-evaluation/submit`);
    assert.equal(incomplete.status, 400);
    const fields = incomplete.body.problems.map((p: any) => p.field);
    assert.ok(fields.includes('criteria.relevance.score') && fields.includes('criteria.impact'));
    assert.equal(
      (await expert.get(`/api/v1/evaluation/proposals/${id}/evaluations`)).body.error,
      'own-evaluation-first',
    );
  });

  it('every assigned expert evaluates; the rapporteur drafts a consensus with flags and sources, then agrees', async () => {
    const progress = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body.filter(
      (p: any) => p.screening === 'eligible',
    );
    const keys = new Map([
      ['Lukas Novák', 'expert1'],
      ['Anna Kowalska', 'expert3'],
    ]);
    const clients = new Map<string, TestClient>();
    for (const name of ['Expert 4', 'Expert 5']) {
      const c = platform.client();
      clients.set(name, c);
    }
    // Accounts for the registry-only experts: the admin creates them with the registry's e-mail.
    const admin = await platform.as('admin');
    for (const i of [4, 5]) {
      await admin.post('/api/v1/admin/accounts', {
        email: `expert${i}@example.org`,
        name: `Expert ${i}`,
        role: 'expert',
        password: 'expert-password-1',
      });
    }
    // Link them: the registry links an account with the same e-mail when the expert is (re)registered.
    for (const e of (await officer.get('/api/v1/evaluation/experts')).body.filter((x: any) =>
      x.name.startsWith('Expert '),
    )) {
      const account = (await admin.get('/api/v1/admin/accounts')).body.find((a: any) => a.email === e.email);
      await platform.deps.db
        .updateTable('experts')
        .set({ account_id: account.id })
        .where('id', '=', e.id)
        .execute();
      await clients.get(e.name)!.signIn(e.email, 'expert-password-1');
    }
    const clientOf = async (name: string) => clients.get(name) ?? (await expertClient(keys.get(name)!));
    for (const [pi, p] of progress.entries()) {
      for (const [ei, e] of p.experts.entries()) {
        const c = await clientOf(e.name);
        const view = await c.get(`/api/v1/evaluation/proposals/${p.proposalId}/my-evaluation`);
        if (view.status === 403)
          await c.post(`/api/v1/evaluation/proposals/${p.proposalId}/declaration`, {
            noConflict: true,
            confidentiality: true,
          });
        const current = await c.get(`/api/v1/evaluation/proposals/${p.proposalId}/my-evaluation`);
        // Proposal 0 scores high; proposal 1 lower, and one expert's impact is far from the others.
        const base = pi === 0 ? 22 : 18;
        const impact = pi === 1 && ei === 0 ? 8 : base;
        const criteria = {
          relevance: { score: base, comment: STRONG_COMMENT },
          quality: { score: base, comment: STRONG_COMMENT },
          partnership: { score: base, comment: STRONG_COMMENT },
          impact: { score: impact, comment: STRONG_COMMENT },
        };
        const saved = await c.put(`/api/v1/evaluation/proposals/${p.proposalId}/my-evaluation`, {
          version: current.body.version,
          criteria,
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        const submitted = await c.post(`/api/v1/evaluation/proposals/${p.proposalId}/my-evaluation/submit`);
        assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      }
      const rapporteur = await clientOf(p.experts.find((e: any) => e.rapporteur).name);
      const consensus = await rapporteur.get(`/api/v1/evaluation/proposals/${p.proposalId}/consensus`);
      assert.equal(consensus.status, 200);
      assert.equal(consensus.body.submitted, 3);
      if (pi === 1) {
        const ids = consensus.body.flags.map((f: any) => `${f.id}:${f.criterion}`);
        assert.ok(ids.includes('spread:impact'), ids.join(', '));
        assert.ok(ids.includes('comment-contradicts-score:impact'), 'a low score with a strong comment');
        // The officer's overview carries the same flags, so it needs no request per proposal.
        const overview = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body;
        const inOverview = overview.find((o: any) => o.proposalId === p.proposalId);
        assert.deepEqual(inOverview.flags, consensus.body.flags);
        const rapporteurs = (await rapporteur.get('/api/v1/evaluation/my-assignments')).body;
        assert.deepEqual(rapporteurs.find((a: any) => a.proposalId === p.proposalId).consensus, {
          status: null,
          submitted: 3,
          expected: 3,
        });
      }
      const criteria: Record<string, unknown> = {};
      for (const c of consensus.body.draft.criteria) {
        criteria[c.criterion] = {
          score: c.proposedScore,
          comment: `Consensus on ${c.criterion}: ${c.statements[0].text}`,
          sources: [c.statements[0].ref],
        };
      }
      const bad = await rapporteur.put(`/api/v1/evaluation/proposals/${p.proposalId}/consensus`, {
        version: 0,
        criteria: { ...criteria, impact: { score: 20, comment: 'x', sources: ['EV-unknown#impact.0'] } },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.problems[0].field, 'criteria.impact.sources[0]');
      const saved = await rapporteur.put(`/api/v1/evaluation/proposals/${p.proposalId}/consensus`, {
        version: 0,
        criteria,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      if (pi === 1) {
        flaggedProposal = p.proposalId;
        await chairResolvesFlags(p.proposalId, rapporteur);
      }
      await resolveOpenFlags(officer, p.proposalId);
      const agreed = await rapporteur.post(`/api/v1/evaluation/proposals/${p.proposalId}/consensus/agree`);
      assert.equal(agreed.status, 200, JSON.stringify(agreed.body));
      const others = await (await clientOf(p.experts.find((e: any) => !e.rapporteur).name)).put(
        `/api/v1/evaluation/proposals/${p.proposalId}/consensus`,
        { version: 2, criteria },
      );
      assert.equal(others.status, 403, 'only the rapporteur drafts');
    }
  });

  it('ranking within the envelope; the what-if shows who moves and saves nothing', async () => {
    const [high, low] = (await officer.get(`/api/v1/evaluation/calls/${CALL}/progress`)).body
      .filter((p: any) => p.screening === 'eligible')
      .map((p: any) => p.proposalId);
    const missing = await officer.post(`/api/v1/evaluation/calls/${CALL}/ranking/simulate`, {
      envelopes: {},
    });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.problems[0].field, 'envelopes.lot1');
    const confirmed = await officer.post(`/api/v1/evaluation/calls/${CALL}/ranking/confirm`, {
      envelopes: { lot1: 1_000_000 },
    });
    assert.equal(confirmed.status, 201, JSON.stringify(confirmed.body));
    const byId = Object.fromEntries(confirmed.body.ranking.proposals.map((p: any) => [p.id, p]));
    assert.equal(byId[high].decision, 'selected');
    assert.equal(byId[high].rank, 1);
    assert.equal(byId[low].total < byId[high].total, true);
    const whatIf = await officer.post(`/api/v1/evaluation/calls/${CALL}/ranking/simulate`, {
      envelopes: { lot1: 2_000_000 },
      overallThreshold: 60,
    });
    assert.equal(whatIf.status, 200);
    assert.ok(whatIf.body.changes.moved.length >= 1, JSON.stringify(whatIf.body.changes));
    const stored = await officer.get(`/api/v1/evaluation/calls/${CALL}/ranking`);
    assert.equal(stored.body.id, confirmed.body.id, 'the simulation stored nothing');
    const xlsx = await officer.request('GET', `/api/v1/evaluation/calls/${CALL}/ranking.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Lot 1 Alliances for Education…'],
    );
  });

  it('evaluation summary reports: the agency copy traces comments; applicants read theirs once sent', async () => {
    const id = proposals[0]!;
    const agency = await officer.request(
      'GET',
      `/api/v1/evaluation/proposals/${id}/report.pdf?view=agency&lang=da`,
    );
    assert.equal(agency.status, 200);
    assert.equal(agency.raw.subarray(0, 4).toString(), '%PDF');
    const coordinator = await platform.as('coordinator');
    assert.equal(
      (await coordinator.request('GET', `/api/v1/proposals/${id}/report.pdf`)).body.error,
      'not-yet',
    );
    assert.equal((await coordinator.get(`/api/v1/proposals/${id}/outcome`)).body.error, 'not-yet');
    // The coordinator chose Danish in the web app: the result notice is written in Danish.
    assert.equal((await coordinator.put('/api/v1/auth/language', { language: 'da' })).status, 200);
    const wrong = await coordinator.put('/api/v1/auth/language', { language: 'de' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.problems[0].field, 'language');
    const sent = await officer.post(`/api/v1/evaluation/calls/${CALL}/reports/send`);
    assert.equal(sent.status, 200);
    assert.ok(sent.body.sent >= 1);
    const outbox = await (await platform.as('admin')).get('/api/v1/admin/outbox');
    const ranking = (await officer.get(`/api/v1/evaluation/calls/${CALL}/ranking`)).body.ranking;
    const decision = ranking.proposals.find((p: any) => p.id === id)?.decision;
    const notice = outbox.body.find(
      (m: any) =>
        m.subject === 'Resultat af evalueringen af TESTALLY' && m.body.includes(`/proposals/${id}/`),
    );
    assert.ok(notice, 'a Danish result notice for the proposal');
    assert.ok(notice.body.includes(`#/proposals/${id}/outcome`), 'the link opens the outcome page');
    const outcome = await coordinator.get(`/api/v1/proposals/${id}/outcome?lang=da`);
    assert.equal(outcome.status, 200);
    const words: Record<string, string> = {
      selected: 'udvalgt til støtte',
      reserve: 'reservelisten',
      'not-selected': 'ikke udvalgt',
    };
    assert.equal(
      outcome.body.decision,
      decision === 'below-threshold' || !decision ? 'not-selected' : decision,
    );
    assert.ok(notice.body.includes(words[outcome.body.decision]!), notice.body);
    assert.equal(outcome.body.criteria.length, 4);
    assert.ok(outcome.body.criteria.every((c: any) => typeof c.name === 'string' && c.score >= 0));
    const own = await coordinator.request('GET', `/api/v1/proposals/${id}/report.pdf?lang=en`);
    assert.equal(own.status, 200);
    assert.equal(own.raw.subarray(0, 4).toString(), '%PDF');
    // An expert, or an applicant of another proposal, does not get it.
    assert.equal(
      (await (await platform.as('partner2')).request('GET', `/api/v1/proposals/${id}/report.pdf`)).status,
      404,
    );
  });

  it('the audit trail records how the chair resolved a flag: who, the flag and the reason', async () => {
    // The progress list's order is not the order the proposals were made in.
    const trail = (await officer.get(`/api/v1/proposals/${flaggedProposal}/audit`)).body as any[];
    const resolved = trail.filter((e) => e.action === 'chair-flag.resolve');
    assert.ok(resolved.length >= 2, `resolutions in the trail: ${resolved.length}`);
    assert.match(JSON.stringify(resolved), /The panel discussed the impact scores/);
  });

  it('the audit trail of a proposal holds the whole evaluation, for a redress request', async () => {
    const id = proposals[0]!;
    const trail = await officer.get(`/api/v1/proposals/${id}/audit`);
    const actions = new Set(trail.body.map((e: any) => e.action));
    for (const a of [
      'proposal.submit',
      'screening.confirm',
      'declaration.make',
      'evaluation.submit',
      'consensus.agree',
    ]) {
      assert.ok(actions.has(a), `${a} in ${[...actions].join(', ')}`);
    }
  });
});
