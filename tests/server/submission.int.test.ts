import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';

const clock = new ManualClock('2023-04-01T10:00:00Z');
let platform: TestPlatform;

before(async () => {
  platform = await testPlatform({ clock });
});
after(async () => {
  await platform.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

for (const [season, callId, lastOnTime, firstLate, earlier] of [
  [
    'summer time (2023, UTC+2)',
    '2023',
    '2023-05-03T14:59:59.999Z',
    '2023-05-03T15:00:00.000Z',
    '2023-04-01T10:00:00Z',
  ],
  [
    'winter time (2025, UTC+1)',
    '2025',
    '2025-03-06T15:59:59.999Z',
    '2025-03-06T16:00:00.000Z',
    '2025-02-01T10:00:00Z',
  ],
] as const) {
  describe(`the deadline in ${season}: 17:00 Brussels time decides`, () => {
    let id: string;
    it('a proposal built before the deadline is submittable', async () => {
      clock.set(earlier);
      const coordinator = await platform.as('coordinator');
      id = await eligibleLot1Proposal(coordinator, callId);
      const view = await coordinator.get(`/api/v1/proposals/${id}`);
      assert.equal(
        view.body.review.submittable,
        true,
        JSON.stringify(view.body.review.findings.map((f: any) => f.rule)),
      );
    });

    it('16:59:59.999 Brussels is on time: a receipt whose hash is that of the stored canonical JSON', async () => {
      clock.set(lastOnTime);
      const coordinator = await platform.as('coordinator');
      const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.submittedAt, lastOnTime);
      assert.equal(res.body.submittedAtBrussels.slice(11), '16:59');
      const stored = await coordinator.get(`/api/v1/proposals/${id}/submissions/1`);
      assert.equal(stored.status, 200);
      assert.equal(sha256(stored.body.canonical), res.body.sha256);
      assert.equal(stored.body.content.acronym, 'TESTALLY');
    });

    it('17:00:00.000 Brussels is late: refused, and the first submission still counts', async () => {
      clock.set(firstLate);
      const coordinator = await platform.as('coordinator');
      const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
      assert.equal(res.status, 403);
      assert.equal(res.body.error, 'deadline-passed');
      const receipts = await coordinator.get(`/api/v1/proposals/${id}/submissions`);
      assert.equal(receipts.body.length, 1);
    });

    it('after the deadline the applicants read but cannot change', async () => {
      const coordinator = await platform.as('coordinator');
      const view = await coordinator.get(`/api/v1/proposals/${id}`);
      assert.equal(view.status, 200);
      assert.equal(view.body.deadline.passed, true);
      assert.deepEqual(view.body.permissions.editableSections, []);
      const write = await coordinator.put(`/api/v1/proposals/${id}/sections/general`, {
        version: view.body.sections.general.version,
        data: view.body.sections.general.data,
      });
      assert.equal(write.status, 403);
      assert.equal(write.body.error, 'deadline-passed');
      assert.equal((await coordinator.post(`/api/v1/proposals/${id}/withdraw`)).status, 403);
    });
  });
}

describe('submitting, resubmitting and withdrawing before the deadline', () => {
  let id: string;
  before(() => clock.set('2025-02-10T09:00:00Z'));

  it('a proposal with errors is refused with its findings and nothing is stored', async () => {
    const coordinator = await platform.as('coordinator');
    const created = await coordinator.post('/api/v1/proposals', {
      callId: '2025',
      lot: 'lot1',
      organisationId: (await coordinator.get('/api/v1/organisations?pic=999100001')).body[0].id,
    });
    const res = await coordinator.post(`/api/v1/proposals/${created.body.id}/submit`);
    assert.equal(res.status, 422);
    const rules = new Set(res.body.findings.map((f: any) => f.rule));
    for (const rule of [
      'consortium.min-countries',
      'consortium.min-applicants',
      'form.acronym',
      'form.answer-missing',
    ]) {
      assert.ok(rules.has(rule), `${rule} among ${[...rules].join(', ')}`);
    }
    assert.equal((await coordinator.get(`/api/v1/proposals/${created.body.id}/submissions`)).body.length, 0);
  });

  it('warnings do not block: submitted with a work package without deliverables', async () => {
    const coordinator = await platform.as('coordinator');
    id = await eligibleLot1Proposal(coordinator, '2025');
    await saveSection(coordinator, id, 'work-plan', (d) => {
      d.workPackages[1].deliverables = [];
      return d;
    });
    const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const stored = await coordinator.get(`/api/v1/proposals/${id}/submissions/1`);
    assert.ok(stored.body.warnings.some((f: any) => f.rule === 'form.work-package-deliverables'));
  });

  it('resubmitting makes a new version; the last one counts', async () => {
    const coordinator = await platform.as('coordinator');
    clock.advance(60_000);
    await saveSection(coordinator, id, 'general', (d) => ({ ...d, title: 'A test alliance, revised' }));
    const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(res.status, 201);
    assert.equal(res.body.number, 2);
    const list = await coordinator.get(`/api/v1/proposals/${id}/submissions`);
    assert.deepEqual(
      list.body.map((r: any) => r.number),
      [1, 2],
    );
    assert.notEqual(list.body[0].sha256, list.body[1].sha256);
    const second = await coordinator.get(`/api/v1/proposals/${id}/submissions/2`);
    assert.equal(second.body.content.title, 'A test alliance, revised');
  });

  it('resubmitting with no change says so and makes no new version, nor a confirmation', async () => {
    const coordinator = await platform.as('coordinator');
    const admin = await platform.as('admin');
    const mails = async () => (await admin.get('/api/v1/admin/outbox')).body.length;
    const before = await mails();
    clock.advance(60_000);
    const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.unchanged, true);
    assert.equal(res.body.number, 2, 'the version that counts is named');
    assert.equal((await coordinator.get(`/api/v1/proposals/${id}/submissions`)).body.length, 2);
    assert.equal(await mails(), before);
  });

  it('each contact gets a confirmation with the receipt, in their language, and the receipt PDF', async () => {
    const coordinator = await platform.as('coordinator');
    const admin = await platform.as('admin');
    const { email } = (await coordinator.get('/api/v1/auth/session')).body.account;
    assert.equal((await coordinator.put('/api/v1/auth/language', { language: 'da' })).status, 200);
    clock.advance(60_000);
    await saveSection(coordinator, id, 'general', (d) => ({ ...d, title: 'A test alliance, third' }));
    const res = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(res.status, 201);
    const mail = (await admin.get('/api/v1/admin/outbox')).body.find(
      (m: any) => m.to === email && m.body.includes(res.body.receiptCode),
    );
    assert.ok(mail, 'a confirmation to the coordinator contact');
    assert.equal(mail.subject, `Kvittering: TESTALLY er indsendt (version ${res.body.number})`);
    assert.ok(mail.body.includes(`Indsendt (Bruxelles-tid): ${res.body.submittedAtBrussels}`));
    assert.ok(mail.body.includes(res.body.sha256));
    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0].filename, `TESTALLY-receipt-v${res.body.number}.pdf`);
    const receipt = await coordinator.request('GET', mail.attachments[0].path);
    assert.equal(receipt.status, 200);
    assert.equal(receipt.raw.subarray(0, 4).toString(), '%PDF');
    await coordinator.put('/api/v1/auth/language', { language: 'en' });
  });

  it('every submitted version downloads as its PDF', async () => {
    const coordinator = await platform.as('coordinator');
    const one = await coordinator.request('GET', `/api/v1/proposals/${id}/submissions/1/proposal.pdf`);
    const three = await coordinator.request(
      'GET',
      `/api/v1/proposals/${id}/submissions/3/proposal.pdf?lang=da`,
    );
    for (const pdf of [one, three]) {
      assert.equal(pdf.status, 200);
      assert.equal(pdf.raw.subarray(0, 4).toString(), '%PDF');
    }
    assert.notDeepEqual(one.raw, three.raw, 'two versions, two files');
    assert.equal(
      (await coordinator.request('GET', `/api/v1/proposals/${id}/submissions/9/proposal.pdf`)).status,
      404,
    );
  });

  it('withdrawing is reversible by submitting again; partners cannot withdraw', async () => {
    const partner = await platform.as('partner1');
    const coordinator = await platform.as('coordinator');
    assert.equal((await coordinator.post(`/api/v1/proposals/${id}/withdraw`)).body.state, 'withdrawn');
    assert.equal((await coordinator.get(`/api/v1/proposals/${id}`)).body.state, 'withdrawn');
    const again = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    assert.equal(again.status, 201);
    assert.equal((await coordinator.get(`/api/v1/proposals/${id}`)).body.state, 'submitted');
    // partner1 is no member of this proposal: it does not exist for them.
    assert.equal((await partner.post(`/api/v1/proposals/${id}/withdraw`)).status, 404);
  });

  it('the audit trail records every step with the actor and the changes', async () => {
    const coordinator = await platform.as('coordinator');
    const audit = await coordinator.get(`/api/v1/proposals/${id}/audit`);
    const actions = audit.body.map((e: any) => e.action);
    assert.equal(actions[0], 'proposal.create');
    assert.ok(actions.filter((a: string) => a === 'proposal.submit').length >= 3);
    assert.ok(actions.includes('proposal.withdraw'));
    const titleChange = audit.body.find(
      (e: any) => e.action === 'proposal.section.update' && e.changes.some((c: any) => c.path === 'title'),
    );
    assert.deepEqual(
      titleChange.changes.find((c: any) => c.path === 'title'),
      { path: 'title', old: 'A test alliance', new: 'A test alliance, revised' },
    );
    assert.equal(titleChange.actor.email, coordinator.account!.email);
    const csv = await coordinator.request('GET', `/api/v1/proposals/${id}/audit?format=csv`);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.body.split('\r\n').length > actions.length);
  });
});
