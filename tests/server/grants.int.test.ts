/**
 * The life of a grant through the API: three proposals of the demo call ranked, two selected and
 * one on the reserve list; grant preparation with the bank account checked and the split adding
 * up; a restricted entity blocking signature until it is replaced; pre-financing, an interim
 * report with a work package not completed, the final payment, and a ledger that adds up to the
 * grant; amendments refused with the findings; a reserve proposal opened once a grant is
 * cancelled; and the partner of one grant reaching another only to be told it does not exist.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient, TestResponse } from '../support/client.ts';
import { selectThroughEvaluation } from '../support/grant-fixtures.ts';
import { addPartner } from '../support/membership.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock('2026-01-05T09:00:00Z');
let platform: TestPlatform;
let officer: TestClient;
let coordinator: TestClient;
let partner1: TestClient;
let partner2: TestClient;
let expert: TestClient;
const ids = { a: '', b: '', c: '' };
const VALID_IBAN = 'DK50 0040 0440 1162 43';

const ok = (res: TestResponse, status = 200) => assert.equal(res.status, status, JSON.stringify(res.body));
const view = async (c: TestClient, id: string) => {
  const res = await c.get(`/api/v1/grants/${id}`);
  ok(res);
  return res.body;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  const admin = await platform.as('admin');
  partner1 = await platform.as('partner1');
  partner2 = await platform.as('partner2');
  ids.a = await eligibleLot1Proposal(coordinator, 'demo');
  ids.b = await eligibleLot1Proposal(coordinator, 'demo');
  ids.c = await eligibleLot1Proposal(coordinator, 'demo');
  await addPartner(coordinator, admin, ids.a, 'p2', partner1);
  await addPartner(coordinator, admin, ids.b, 'p3', partner2);
  for (const id of Object.values(ids)) ok(await coordinator.post(`/api/v1/proposals/${id}/submit`), 201);
  const calls = await platform.client().get('/api/v1/calls');
  clock.set(new Date(Date.parse(calls.body.find((c: any) => c.id === 'demo').deadline.utc) + 3_600_000));
  officer = await platform.as('officer');
  coordinator = await platform.as('coordinator');
  partner1 = await platform.as('partner1');
  partner2 = await platform.as('partner2');
  expert = await platform.as('expert1');
  const requested = (await coordinator.get(`/api/v1/proposals/${ids.a}`)).body.sections.general.data
    .requestedGrant as number;
  await selectThroughEvaluation(
    officer,
    (email) => platform.as(email),
    'demo',
    { [ids.a]: 22, [ids.b]: 20, [ids.c]: 18 },
    2 * requested,
  );
});
after(async () => {
  await platform?.close();
});

describe('opening grant preparations', () => {
  it('the officer sees the selected proposals and the reserve one, which has no room yet', async () => {
    const list = await officer.get('/api/v1/grants');
    ok(list);
    const byId = Object.fromEntries(list.body.candidates.map((c: any) => [c.proposalId, c]));
    assert.equal(byId[ids.a].decision, 'selected');
    assert.equal(byId[ids.b].decision, 'selected');
    assert.equal(byId[ids.c].decision, 'reserve');
    assert.equal(byId[ids.c].fundsAvailable, false);
    assert.equal(byId[ids.a].acronym, 'TESTALLY');
  });

  it('applicants, experts and partners cannot open one; a reserve proposal without room is refused', async () => {
    for (const c of [coordinator, partner1, expert]) {
      const res = await c.post('/api/v1/grants', { proposalId: ids.a });
      assert.equal(res.status, 403);
    }
    const before = await tableCounts(platform.deps.db);
    const reserve = await officer.post('/api/v1/grants', { proposalId: ids.c });
    assert.equal(reserve.status, 403);
    assert.equal(reserve.body.error, 'no-funds');
    assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing written');
  });

  it('the officer opens A and B; the split adds up to the grant per work package and per beneficiary', async () => {
    ok(await officer.post('/api/v1/grants', { proposalId: ids.a }), 201);
    ok(await officer.post('/api/v1/grants', { proposalId: ids.b }), 201);
    assert.equal((await officer.post('/api/v1/grants', { proposalId: ids.a })).status, 409);
    const g = await view(coordinator, ids.a);
    assert.equal(g.state, 'preparation');
    assert.ok(g.amount > 0);
    assert.equal(sum(g.workPackages.map((w: any) => w.share)), g.amount);
    assert.equal(sum(g.participants.map((p: any) => p.share)), g.amount);
    assert.equal(sum(g.split.map((c: any) => c.amount)), g.amount);
    assert.equal(g.viewer.role, 'coordinator');
    assert.deepEqual(g.viewer.actions, ['edit-consortium', 'edit-bank-account', 'confirm']);
    assert.equal(g.schedule.preFinancingPercent.status, 'unconfirmed');
    assert.ok(g.schedule.preFinancingPercent.sources.length > 0);
    assert.equal(g.periods, 2);
  });
});

describe('preparation and signature of A', () => {
  it('refuses a mistyped IBAN naming the field; keeps the account masked for those who may not edit it', async () => {
    const g = await view(coordinator, ids.a);
    const wrong = await coordinator.put(`/api/v1/grants/${ids.a}/bank-account`, {
      version: g.version,
      holder: 'Aarhus Business College',
      iban: 'DK50 0040 0440 1162 44',
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.problems[0].field, 'iban');
    assert.match(wrong.body.problems[0].expected, /check digits/);
    const partnerTry = await partner1.put(`/api/v1/grants/${ids.a}/bank-account`, {
      version: g.version,
      holder: 'Someone else',
      iban: VALID_IBAN,
    });
    assert.equal(partnerTry.status, 403);
    ok(
      await coordinator.put(`/api/v1/grants/${ids.a}/bank-account`, {
        version: g.version,
        holder: 'Aarhus Business College',
        iban: VALID_IBAN,
      }),
    );
    const stale = await coordinator.put(`/api/v1/grants/${ids.a}/bank-account`, {
      version: g.version,
      holder: 'Overwritten',
      iban: VALID_IBAN,
    });
    assert.equal(stale.status, 409, 'a write on an old version never overwrites');
    assert.equal((await view(coordinator, ids.a)).bankAccount.iban, 'DK5000400440116243');
    const masked = (await view(officer, ids.a)).bankAccount;
    assert.equal(masked.masked, true);
    assert.ok(!masked.iban.includes('0440'));
    assert.equal((await view(partner1, ids.a)).bankAccount.masked, true);
  });

  it('the officer cannot sign before the coordinator confirms; then signs, and the pre-financing is in the ledger', async () => {
    let g = await view(officer, ids.a);
    const early = await officer.post(`/api/v1/grants/${ids.a}/sign`, { version: g.version });
    assert.equal(early.status, 409);
    assert.equal(early.body.error, 'wrong-state');
    ok(await coordinator.post(`/api/v1/grants/${ids.a}/confirm`, { version: g.version }));
    g = await view(officer, ids.a);
    assert.equal(g.state, 'confirmed');
    const signed = await officer.post(`/api/v1/grants/${ids.a}/sign`, { version: g.version });
    ok(signed);
    g = await view(officer, ids.a);
    assert.equal(g.state, 'signed');
    assert.equal(signed.body.preFinancing, Math.floor((g.amount * 40) / 100));
    assert.deepEqual(
      g.ledger.map((e: any) => [e.kind, e.amount]),
      [['pre-financing', signed.body.preFinancing]],
    );
    assert.match(g.ledger[0].reason, /grant\.preFinancingPercent, unconfirmed/);
  });

  it('the grant agreement summary is a PDF in English and Danish for the coordinator, partners and officer', async () => {
    for (const c of [coordinator, partner1, officer])
      for (const lang of ['en', 'da']) {
        const res = await c.get(`/api/v1/grants/${ids.a}/agreement.pdf?lang=${lang}`);
        ok(res);
        assert.equal(res.headers['content-type'], 'application/pdf');
      }
    assert.equal((await expert.get(`/api/v1/grants/${ids.a}/agreement.pdf`)).status, 404);
  });
});

describe('amendments of the signed grant A', () => {
  it('removing a beneficiary below the minimum is refused with the finding, in English and Danish; nothing written', async () => {
    const g = await view(coordinator, ids.a);
    const before = await tableCounts(platform.deps.db);
    const res = await coordinator.post(`/api/v1/grants/${ids.a}/consortium`, {
      version: g.version,
      kind: 'remove',
      participantId: 'p8',
      reason: 'The enterprise left the consortium.',
    });
    assert.equal(res.status, 422);
    assert.equal(res.body.error, 'amendment-refused');
    assert.deepEqual(
      res.body.findings.map((f: any) => f.rule),
      ['consortium.min-applicants'],
    );
    assert.ok(res.body.findings[0].message.da.length > 0);
    assert.deepEqual(await tableCounts(platform.deps.db), before);
  });

  it('adding a beneficiary from an excluded country is refused; a valid one is added without a share', async () => {
    const g = await view(coordinator, ids.a);
    const russian = await officer.post('/api/v1/organisations', {
      legalName: 'Moscow Skills Institute',
      country: 'RU',
      type: 'enterprise',
    });
    ok(russian, 201);
    const refused = await coordinator.post(`/api/v1/grants/${ids.a}/consortium`, {
      version: g.version,
      kind: 'add',
      organisationId: russian.body.id,
      reason: 'A new partner for the pilots.',
    });
    assert.equal(refused.status, 422);
    assert.ok(refused.body.findings.some((f: any) => f.rule === 'participant.excluded-country'));
    const austrian = await officer.post('/api/v1/organisations', {
      legalName: 'Wiener Lernwerkstatt GmbH',
      country: 'AT',
      type: 'enterprise',
    });
    ok(
      await coordinator.post(`/api/v1/grants/${ids.a}/consortium`, {
        version: g.version,
        kind: 'add',
        organisationId: austrian.body.id,
        reason: 'A new partner for the pilots.',
      }),
    );
    const after = await view(coordinator, ids.a);
    const added = after.participants.find((p: any) => p.name === 'Wiener Lernwerkstatt GmbH');
    assert.equal(added.share, 0);
    assert.equal(after.amendments.at(-1).participant, 'Wiener Lernwerkstatt GmbH');
  });
});

describe('reports and payments of A', () => {
  it('an interim report with one work package not completed: the payment is the completed shares less the pre-financing', async () => {
    let g = await view(coordinator, ids.a);
    assert.equal(g.nextPeriod, 1);
    const short = await coordinator.post(`/api/v1/grants/${ids.a}/reports`, {
      version: g.version,
      summary: 'Short',
    });
    assert.equal(short.status, 400);
    assert.equal(short.body.problems[0].field, 'summary');
    ok(
      await coordinator.post(`/api/v1/grants/${ids.a}/reports`, {
        version: g.version,
        summary: 'WP1 management done; the curriculum of WP2 is half written.',
      }),
      201,
    );
    g = await view(officer, ids.a);
    const [wp1, wp2] = g.workPackages;
    const partial = await officer.put(`/api/v1/grants/${ids.a}/reports/1/assessment`, {
      version: g.version,
      workPackages: {
        [wp1.id]: { status: 'completed', comment: 'Deliverables in.' },
        [wp2.id]: { status: 'partially-completed', percent: 50, comment: 'Half.' },
      },
    });
    assert.equal(partial.status, 400, 'partial completion only at the final report');
    assert.equal(
      (
        await coordinator.put(`/api/v1/grants/${ids.a}/reports/1/assessment`, {
          version: g.version,
          workPackages: {
            [wp1.id]: { status: 'completed', comment: '' },
            [wp2.id]: { status: 'completed', comment: '' },
          },
        })
      ).status,
      403,
    );
    const assessed = await officer.put(`/api/v1/grants/${ids.a}/reports/1/assessment`, {
      version: g.version,
      workPackages: {
        [wp1.id]: { status: 'completed', comment: 'Deliverables in.' },
        [wp2.id]: { status: 'not-completed', comment: 'Curriculum not delivered yet.' },
      },
    });
    ok(assessed);
    const pre = g.ledger[0].amount;
    assert.equal(assessed.body.payment.accepted, wp1.share);
    assert.equal(
      assessed.body.payment.amount,
      Math.max(0, Math.min(wp1.share, Math.floor(g.amount * 0.9)) - pre),
    );
    g = await view(officer, ids.a);
    ok(await officer.post(`/api/v1/grants/${ids.a}/reports/1/payment`, { version: g.version }));
    g = await view(officer, ids.a);
    assert.equal(g.ledger.length, 2);
    assert.equal(g.ledger[1].kind, 'interim');
    assert.equal(g.ledger[1].amount, assessed.body.payment.amount);
  });

  it('the final report: a work package completed earlier stays completed; the ledger adds up to the grant', async () => {
    let g = await view(coordinator, ids.a);
    assert.equal(g.nextPeriod, 2);
    ok(
      await coordinator.post(`/api/v1/grants/${ids.a}/reports`, {
        version: g.version,
        summary: 'The curriculum of WP2 is written, piloted and published.',
      }),
      201,
    );
    g = await view(officer, ids.a);
    const [wp1, wp2] = g.workPackages;
    const undo = await officer.put(`/api/v1/grants/${ids.a}/reports/2/assessment`, {
      version: g.version,
      workPackages: {
        [wp1.id]: { status: 'not-completed', comment: '' },
        [wp2.id]: { status: 'completed', comment: '' },
      },
    });
    assert.equal(undo.status, 400);
    assert.match(undo.body.problems[0].expected, /earlier report/);
    ok(
      await officer.put(`/api/v1/grants/${ids.a}/reports/2/assessment`, {
        version: g.version,
        workPackages: {
          [wp1.id]: { status: 'completed', comment: '' },
          [wp2.id]: { status: 'completed', comment: 'Published.' },
        },
      }),
    );
    g = await view(officer, ids.a);
    ok(await officer.post(`/api/v1/grants/${ids.a}/reports/2/payment`, { version: g.version }));
    g = await view(officer, ids.a);
    assert.equal(g.state, 'closed');
    assert.deepEqual(
      g.ledger.map((e: any) => e.kind),
      ['pre-financing', 'interim', 'final'],
    );
    assert.equal(sum(g.ledger.map((e: any) => e.amount)), g.amount);
    assert.equal(g.paid, g.amount);
    assert.equal(g.remaining, 0);
    const again = await coordinator.post(`/api/v1/grants/${ids.a}/reports`, {
      version: g.version,
      summary: 'x'.repeat(30),
    });
    assert.equal(again.status, 409);
  });

  it('the ledger is append-only in the database itself', async () => {
    await assert.rejects(
      platform.deps.db.updateTable('grant_ledger').set({ amount: 1 }).where('grant_id', '=', ids.a).execute(),
      /append-only/,
    );
    await assert.rejects(
      platform.deps.db.deleteFrom('grant_ledger').where('grant_id', '=', ids.a).execute(),
      /append-only/,
    );
  });
});

describe('B: a restricted entity, the partner of another grant, cancellation and the reserve list', () => {
  it('a restricted entity blocks signature until it is replaced; the replacement takes over its shares', async () => {
    const org8 = await organisationByPic(officer, '999100008');
    const current = (await officer.get(`/api/v1/organisations/${org8.id}`)).body;
    ok(
      await officer.patch(`/api/v1/organisations/${org8.id}`, {
        version: current.version,
        restriction: 'hu-public-interest-trust',
      }),
    );
    let g = await view(coordinator, ids.b);
    const blocking = g.findings.filter((f: any) => f.blocking);
    assert.deepEqual(
      blocking.map((f: any) => f.finding.rule),
      ['participant.restricted-entity'],
    );
    ok(
      await coordinator.put(`/api/v1/grants/${ids.b}/bank-account`, {
        version: g.version,
        holder: 'Coordinator',
        iban: VALID_IBAN,
      }),
    );
    g = await view(coordinator, ids.b);
    ok(await coordinator.post(`/api/v1/grants/${ids.b}/confirm`, { version: g.version }));
    g = await view(officer, ids.b);
    const refused = await officer.post(`/api/v1/grants/${ids.b}/sign`, { version: g.version });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.findings[0].rule, 'participant.restricted-entity');
    ok(
      await officer.post(`/api/v1/grants/${ids.b}/reopen`, {
        version: g.version,
        reason: 'Replace the restricted entity first.',
      }),
    );
    g = await view(coordinator, ids.b);
    const restricted = g.participants.find((p: any) => p.restriction !== null);
    const replacement = await officer.post('/api/v1/organisations', {
      legalName: 'Budapest Skills Kft',
      country: 'HU',
      type: restricted.type,
    });
    ok(
      await coordinator.post(`/api/v1/grants/${ids.b}/consortium`, {
        version: g.version,
        kind: 'replace',
        participantId: restricted.id,
        organisationId: replacement.body.id,
        reason: 'The trust-maintained organisation is replaced.',
      }),
    );
    const after = await view(coordinator, ids.b);
    const joined = after.participants.find((p: any) => p.name === 'Budapest Skills Kft');
    assert.equal(joined.share, restricted.share);
    assert.equal(after.findings.filter((f: any) => f.blocking).length, 0);
    assert.equal(sum(after.participants.map((p: any) => p.share)), after.amount);
    ok(
      await officer.patch(`/api/v1/organisations/${org8.id}`, {
        version: current.version + 1,
        restriction: null,
      }),
    );
  });

  it('partner1 (a partner of A) is told B does not exist, through every reference; partner2 reads B but cannot act', async () => {
    assert.equal((await partner1.get(`/api/v1/grants/${ids.b}`)).status, 404);
    assert.equal((await partner1.get(`/api/v1/grants/${ids.b}/agreement.pdf`)).status, 404);
    const g = await view(partner2, ids.b);
    assert.equal(g.viewer.role, 'partner');
    assert.deepEqual(g.viewer.actions, []);
    for (const [method, url, body] of [
      [
        'PUT',
        `/api/v1/grants/${ids.b}/bank-account`,
        { version: g.version, holder: 'Partner One', iban: VALID_IBAN },
      ],
      ['POST', `/api/v1/grants/${ids.b}/confirm`, { version: g.version }],
      ['POST', `/api/v1/grants/${ids.b}/reports`, { version: g.version, summary: 'x'.repeat(30) }],
      ['PUT', `/api/v1/grants/${ids.b}/reports/1/assessment`, { version: g.version, workPackages: {} }],
      [
        'POST',
        `/api/v1/grants/${ids.b}/consortium`,
        { version: g.version, kind: 'remove', participantId: 'p2', reason: 'Reaching through.' },
      ],
    ] as const) {
      const res = await partner1.request(method, url, body);
      assert.equal(res.status, 404, `${method} ${url}: ${res.status}`);
      const own = await partner2.request(method, url, body);
      assert.equal(own.status, 403, `partner2 ${method} ${url}: ${own.status}`);
    }
    const list = await partner1.get('/api/v1/grants');
    assert.deepEqual(
      list.body.grants.map((x: any) => x.id),
      [ids.a],
    );
    assert.deepEqual(list.body.candidates, []);
    assert.equal((await expert.get(`/api/v1/grants/${ids.b}`)).status, 404);
    assert.deepEqual((await expert.get('/api/v1/grants')).body.grants, []);
  });

  it("cancelling B frees the lot's envelope: the reserve proposal C can then be opened", async () => {
    const g = await view(officer, ids.b);
    ok(
      await officer.post(`/api/v1/grants/${ids.b}/cancel`, {
        version: g.version,
        reason: 'The consortium withdrew before signature.',
      }),
    );
    const list = await officer.get('/api/v1/grants');
    assert.equal(list.body.candidates.find((c: any) => c.proposalId === ids.c).fundsAvailable, true);
    ok(await officer.post('/api/v1/grants', { proposalId: ids.c }), 201);
  });

  it('two officers approving the same payment at once: one payment in the ledger, the other told it changed', async () => {
    const admin = await platform.as('admin');
    let g = await view(coordinator, ids.c);
    ok(
      await coordinator.put(`/api/v1/grants/${ids.c}/bank-account`, {
        version: g.version,
        holder: 'Coordinator',
        iban: VALID_IBAN,
      }),
    );
    ok(await coordinator.post(`/api/v1/grants/${ids.c}/confirm`, { version: g.version + 1 }));
    g = await view(officer, ids.c);
    ok(await officer.post(`/api/v1/grants/${ids.c}/sign`, { version: g.version }));
    ok(
      await coordinator.post(`/api/v1/grants/${ids.c}/reports`, {
        version: g.version + 1,
        summary: 'All work packages of the period are done.',
      }),
      201,
    );
    g = await view(officer, ids.c);
    const all = Object.fromEntries(
      g.workPackages.map((w: any) => [w.id, { status: 'completed', comment: '' }]),
    );
    ok(
      await officer.put(`/api/v1/grants/${ids.c}/reports/1/assessment`, {
        version: g.version,
        workPackages: all,
      }),
    );
    g = await view(officer, ids.c);
    const [a, b] = await Promise.all([
      officer.post(`/api/v1/grants/${ids.c}/reports/1/payment`, { version: g.version }),
      admin.post(`/api/v1/grants/${ids.c}/reports/1/payment`, { version: g.version }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const after = await view(officer, ids.c);
    assert.deepEqual(
      after.ledger.map((e: any) => e.kind),
      ['pre-financing', 'interim'],
    );
    assert.ok(after.paid <= after.amount);
  });
});
