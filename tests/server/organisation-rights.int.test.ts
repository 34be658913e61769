/**
 * Who may correct an organisation's registry record: its creator, its confirmed contacts and
 * agency staff. Naming an organisation in one's own consortium (and being that participant's
 * contact, by creating the proposal or by inviting oneself) grants nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { addPartner } from '../support/membership.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { tableCounts } from '../support/tables.ts';

const clock = new ManualClock('2026-01-20T09:00:00Z');
let platform: TestPlatform;
let admin: TestClient;
let creator: TestClient;
let victim: string;

async function register(email: string): Promise<TestClient> {
  return platform.client().register(email, email.split('@')[0]!);
}

async function patch(client: TestClient, body: Record<string, unknown>) {
  const current = await client.get(`/api/v1/organisations/${victim}`);
  return client.patch(`/api/v1/organisations/${victim}`, { version: current.body.version, ...body });
}

/** A proposal of `client`'s with the victim organisation as its coordinator; returns its id and participant. */
async function proposalNaming(client: TestClient): Promise<{ id: string; participant: string }> {
  const res = await client.post('/api/v1/proposals', { callId: 'demo', lot: 'lot1', organisationId: victim });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { id: res.body.id, participant: res.body.sections.consortium.data.participants[0].id };
}

before(async () => {
  platform = await testPlatform({ clock });
  admin = await platform.as('admin');
  creator = await register('founder@victim.example');
  const created = await creator.post('/api/v1/organisations', {
    legalName: 'Victim Institute of Technology',
    country: 'DK',
    type: 'hei',
    pic: '912345678',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  victim = created.body.id;
});

after(async () => {
  await platform?.close();
});

describe('an organisation named in somebody else’s consortium', () => {
  it('is not changed by the applicant who put it into their own proposal', async () => {
    const attacker = await register('attacker@elsewhere.example');
    await proposalNaming(attacker);
    const before = await tableCounts(platform.deps.db);
    const res = await patch(attacker, { legalName: 'Hijacked Ltd', country: 'RU', pic: '987654321' });
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.deepEqual(await tableCounts(platform.deps.db), before, 'a refused change writes nothing');
    const now = await creator.get(`/api/v1/organisations/${victim}`);
    assert.equal(now.body.legalName, 'Victim Institute of Technology');
    assert.equal(now.body.pic, '912345678');
  });

  it('is not changed by an account the attacker invited as its contact', async () => {
    const attacker = await register('attacker2@elsewhere.example');
    const accomplice = await register('accomplice@elsewhere.example');
    const p = await proposalNaming(attacker);
    await addPartner(attacker, admin, p.id, p.participant, accomplice);
    const res = await patch(accomplice, { city: 'Nowhere' });
    assert.equal(res.status, 403, JSON.stringify(res.body));
  });

  it('is changed by its creator, by a contact the creator invited, and by agency staff', async () => {
    const colleague = await register('colleague@victim.example');
    const p = await proposalNaming(creator);
    await addPartner(creator, admin, p.id, p.participant, colleague);
    assert.equal((await patch(creator, { city: 'Aarhus' })).status, 200);
    assert.equal((await patch(colleague, { city: 'Odense' })).status, 200);
    assert.equal((await patch(await platform.as('officer'), { city: 'Aalborg' })).status, 200);
    // A contact invited by a confirmed contact is confirmed too.
    const newcomer = await register('newcomer@victim.example');
    const q = await proposalNaming(colleague);
    await addPartner(colleague, admin, q.id, q.participant, newcomer);
    assert.equal((await patch(newcomer, { city: 'Esbjerg' })).status, 200);
  });
});
