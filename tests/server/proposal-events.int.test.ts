/**
 * Editing together, on the server: the editor's heartbeat says which sections it has open, the
 * others are told who is editing (with their organisation), a save is announced on the
 * proposal's event stream, someone silent for a minute is gone, and nobody outside the
 * proposal can listen or announce.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { type EventReader, openEvents } from '../support/event-stream.ts';
import { addPartner } from '../support/membership.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';

const clock = new ManualClock('2026-01-05T09:00:00Z');
let platform: TestPlatform;
let coordinator: TestClient;
let partner: TestClient;
let outsider: TestClient;
let proposal: string;
let partnerOrganisation: string;
const streams: EventReader[] = [];

const presence = (who: TestClient, sections: unknown) =>
  who.put(`/api/v1/proposals/${proposal}/presence`, { sections });
const listen = async (who: TestClient, id = proposal) => {
  const reader = await openEvents(platform.app, who, `/api/v1/proposals/${id}/events`);
  streams.push(reader);
  return reader;
};

before(async () => {
  platform = await testPlatform({ clock });
  coordinator = await platform.as('coordinator');
  partner = await platform.as('partner1');
  outsider = await platform.as('partner2');
  proposal = await eligibleLot1Proposal(coordinator, 'demo');
  await addPartner(coordinator, await platform.as('admin'), proposal, 'p2', partner);
  const view = await coordinator.get(`/api/v1/proposals/${proposal}`);
  const p2 = view.body.sections.consortium.data.participants.find((p: { id: string }) => p.id === 'p2');
  partnerOrganisation = ((await organisationByPic(coordinator, '999100002')) as { legalName?: string })
    .legalName!;
  assert.ok(p2, 'p2 is in the consortium');
  // The outsider coordinates a proposal of their own: a contact, but not of this proposal.
  const own = await outsider.post('/api/v1/proposals', {
    callId: 'demo',
    lot: 'lot1',
    organisationId: (await organisationByPic(outsider, '999100003')).id,
  });
  assert.equal(own.status, 201, JSON.stringify(own.body));
});
after(async () => {
  for (const s of streams) s.close();
  await platform?.close();
});

describe('who is editing', () => {
  it('the partner opening their budget is seen by the coordinator, with name and organisation', async () => {
    // "general" is the coordinator's: a partner cannot be editing it.
    const announced = await presence(partner, ['budget:p2', 'general']);
    assert.equal(announced.status, 200, JSON.stringify(announced.body));
    assert.deepEqual(announced.body.editors, [], 'nobody else yet');
    const seen = await presence(coordinator, ['general']);
    assert.deepEqual(seen.body.editors, [
      {
        section: 'budget:p2',
        accountId: partner.account!.id,
        name: partner.account!.name,
        organisation: partnerOrganisation,
      },
    ]);
  });

  it('someone not heard of for a minute is gone; leaving says so at once', async () => {
    clock.advance(61_000);
    assert.deepEqual((await presence(coordinator, ['general'])).body.editors, [], 'silent for 61 s');
    await presence(partner, ['budget:p2']);
    assert.equal((await presence(coordinator, ['general'])).body.editors.length, 1, 'back');
    await presence(partner, []);
    assert.deepEqual((await presence(coordinator, ['general'])).body.editors, [], 'left');
  });

  it('a list that is no list is refused, naming the field, and nothing is recorded', async () => {
    const res = await presence(partner, 'budget:p2');
    assert.equal(res.status, 400);
    assert.equal(res.body.problems[0].field, 'sections');
    assert.match(res.body.problems[0].expected, /list of section keys/);
    assert.deepEqual((await presence(coordinator, ['general'])).body.editors, []);
  });
});

describe('the event stream', () => {
  it('streams presence on connecting and when it changes, and every save with who saved it', async () => {
    const c = await listen(coordinator);
    assert.equal(c.status, 200);
    assert.match(String(c.headers['content-type']), /^text\/event-stream/);
    assert.match(String(c.headers['content-security-policy']), /connect-src 'self'/);
    assert.deepEqual(await c.next('presence'), { editors: [] });
    const p = await listen(partner);
    await p.next('presence');

    await presence(partner, ['budget:p2']);
    const joined = await c.next('presence', (d) => d.editors.length === 1);
    assert.equal(joined.editors[0].name, partner.account!.name);
    assert.equal(joined.editors[0].section, 'budget:p2');

    const current = (await partner.get(`/api/v1/proposals/${proposal}`)).body.sections['budget:p2'];
    const saved = await partner.put(`/api/v1/proposals/${proposal}/sections/budget:p2`, {
      version: current.version,
      data: current.data,
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(await c.next('section-saved'), {
      section: 'budget:p2',
      version: current.version + 1,
      by: { accountId: partner.account!.id, name: partner.account!.name },
      byMe: false,
    });
    assert.equal((await p.next('section-saved')).byMe, true, "the saver's own window knows it was them");

    await presence(partner, []);
    assert.deepEqual(await c.next('presence', (d) => d.editors.length === 0), { editors: [] });
  });

  it('a refused save is not announced', async () => {
    const c = await listen(coordinator);
    await c.next('presence');
    const stale = await partner.put(`/api/v1/proposals/${proposal}/sections/budget:p2`, {
      version: 1,
      data: {},
    });
    assert.ok(stale.status === 400 || stale.status === 409, String(stale.status));
    await presence(partner, ['budget:p2']);
    await c.next('presence', (d) => d.editors.length === 1);
    assert.deepEqual(
      c.received.filter((e) => e.event === 'section-saved'),
      [],
      'only the presence arrived',
    );
    await presence(partner, []);
  });

  it('nobody outside the proposal listens or announces', async () => {
    const anonymous = platform.client();
    assert.equal((await listen(anonymous)).status, 401);
    assert.equal((await listen(outsider)).status, 404, "another proposal's contact");
    assert.equal(
      (await listen(await platform.as('officer'))).status,
      404,
      'agency staff before the deadline',
    );
    assert.equal((await listen(coordinator, 'no-such-proposal')).status, 404);
    assert.equal((await presence(outsider, ['general'])).status, 404);
    const none = await presence(coordinator, ['general']);
    assert.deepEqual(none.body.editors, [], 'the outsider was not recorded');
  });
});
