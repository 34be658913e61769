/**
 * The registry's restriction flag: agency staff set it on an organisation (from 16 December 2022
 * an organisation maintained by a Hungarian public-interest trust may apply, but no grant can be
 * signed with it); nobody else may; the organisation's view shows it; screening hands it to the
 * eligibility engine, which warns without making the proposal ineligible.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';

const clock = new ManualClock('2025-02-01T10:00:00Z');
const CALL = '2025';
const BERLIN = '999100002';
let platform: TestPlatform;
let officer: TestClient;
let partner: TestClient;
let proposal: string;
let berlin: { id: string };

async function version(client: TestClient, id: string): Promise<number> {
  return (await client.get(`/api/v1/organisations/${id}`)).body.version;
}

before(async () => {
  platform = await testPlatform({ clock });
  const coordinator = await platform.as('coordinator');
  proposal = await eligibleLot1Proposal(coordinator, CALL);
  const submitted = await coordinator.post(`/api/v1/proposals/${proposal}/submit`);
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  officer = await platform.as('officer');
  partner = await platform.as('partner1');
  berlin = await organisationByPic(officer, BERLIN);
});
after(async () => platform.close());

describe('the organisation restriction flag', () => {
  it('a new organisation has none, and its view says so', async () => {
    const view = await officer.get(`/api/v1/organisations/${berlin.id}`);
    assert.equal(view.status, 200);
    assert.equal(view.body.restriction, null);
  });

  it("the organisation's own contact may edit it, but not set or clear its restriction", async () => {
    const res = await partner.patch(`/api/v1/organisations/${berlin.id}`, {
      version: await version(partner, berlin.id),
      restriction: 'hu-public-interest-trust',
    });
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.match(res.body.message, /agency staff/);
    assert.equal((await officer.get(`/api/v1/organisations/${berlin.id}`)).body.restriction, null);
  });

  it('an unknown restriction is a 400 naming the field, and writes nothing', async () => {
    const res = await officer.patch(`/api/v1/organisations/${berlin.id}`, {
      version: await version(officer, berlin.id),
      restriction: 'sanctioned',
    });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(res.body), /restriction/);
    assert.equal((await officer.get(`/api/v1/organisations/${berlin.id}`)).body.restriction, null);
  });

  it('agency staff set it; the view and the audit trail show it', async () => {
    const res = await officer.patch(`/api/v1/organisations/${berlin.id}`, {
      version: await version(officer, berlin.id),
      restriction: 'hu-public-interest-trust',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.restriction, 'hu-public-interest-trust');
    assert.equal(
      (await partner.get(`/api/v1/organisations/${berlin.id}`)).body.restriction,
      'hu-public-interest-trust',
    );
    const audit = await platform.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', berlin.id)
      .where('action', '=', 'organisation.update')
      .execute();
    assert.ok(audit.some((a) => JSON.stringify(a).includes('hu-public-interest-trust')));
  });

  it("the applicants' review warns about it too, the same finding the editor's live check computes", async () => {
    const coordinator = await platform.as('coordinator');
    const view = await coordinator.get(`/api/v1/proposals/${proposal}`);
    assert.equal(view.status, 200, JSON.stringify(view.body));
    const warning = view.body.review.findings.find((f: any) => f.rule === 'participant.restricted-entity');
    assert.ok(warning, JSON.stringify(view.body.review.findings.map((f: any) => f.rule)));
    assert.equal(warning.severity, 'warning');
    // The editor runs the engine on the document it is given: the flag travels with the organisation.
    const berlinRef = view.body.document.participants.find((p: any) => p.organisation.id === berlin.id);
    assert.equal(berlinRef?.organisation.restriction, 'hu-public-interest-trust');
  });

  it('screening warns about the restricted participant; the proposal stays eligible', async () => {
    clock.set('2025-03-07T09:00:00Z');
    officer = await platform.as('officer');
    const list = await officer.get(`/api/v1/evaluation/calls/${CALL}/screening`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    const entry = list.body.find((p: any) => p.proposalId === proposal);
    assert.ok(entry);
    assert.equal(entry.engine.eligible, true);
    const warning = entry.engine.findings.find((f: any) => f.rule === 'participant.restricted-entity');
    assert.ok(warning, JSON.stringify(entry.engine.findings.map((f: any) => f.rule)));
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.facts.name, 'Berufskolleg Berlin-Mitte');
  });
});
