/**
 * Part A, the administrative forms, through the API: saved with versions like every section,
 * its missing parts blocking a submission with findings that name the participant, a partner
 * refused another partner's Part A and the coordinator's declaration, and bad input refused with
 * the field named and nothing written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestClient, TestResponse } from '../support/client.ts';
import { addPartner } from '../support/membership.ts';
import { completePartA, partADeclarations } from '../support/part-a.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';

let platform: TestPlatform;
let coordinator: TestClient;
let partner1: TestClient;
let id: string;

function expectStatus(res: TestResponse, status: number) {
  assert.equal(res.status, status, JSON.stringify(res.body));
}

const section = async (client: TestClient, key: string) =>
  (await client.get(`/api/v1/proposals/${id}`)).body.sections[key] as { version: number; data: any };

before(async () => {
  platform = await testPlatform();
  coordinator = await platform.as('coordinator');
  partner1 = await platform.as('partner1');
  id = await eligibleLot1Proposal(coordinator, 'demo');
  await addPartner(coordinator, await platform.as('admin'), id, 'p2', partner1);
});
after(async () => {
  await platform.close();
});

describe('Part A', () => {
  it('every participant has a Part A and the proposal a coordinator’s declaration, filled by the fixture', async () => {
    const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
    const pids: string[] = view.sections.consortium.data.participants.map((p: any) => p.id);
    assert.equal(pids.length, 8);
    for (const pid of pids) assert.ok(view.sections[`part-a:${pid}`], `part-a:${pid}`);
    assert.ok(view.sections['coordinator-declaration']);
    assert.deepEqual(
      view.review.findings.filter((f: any) => /part-a|coordinator-declaration/.test(f.rule)),
      [],
    );
  });

  it('is saved with versions, like the other sections', async () => {
    const before = await section(coordinator, 'part-a:p3');
    await saveSection(coordinator, id, 'part-a:p3', (d) => ({
      ...d,
      legalRepresentative: { ...d.legalRepresentative, name: 'Karin Lund' },
    }));
    const after = await section(coordinator, 'part-a:p3');
    assert.equal(after.version, before.version + 1);
    assert.equal(after.data.legalRepresentative.name, 'Karin Lund');
    const versions = await coordinator.get(`/api/v1/proposals/${id}/sections/part-a:p3/versions`);
    expectStatus(versions, 200);
    assert.ok(versions.body.length >= 2, JSON.stringify(versions.body));
  });

  it('a partner fills in their own organisation’s Part A, not another partner’s nor the coordinator’s declaration', async () => {
    const declarations = await partADeclarations(coordinator, id);
    const own = await section(partner1, 'part-a:p2');
    expectStatus(
      await partner1.put(`/api/v1/proposals/${id}/sections/part-a:p2`, {
        version: own.version,
        data: completePartA(declarations, 'Jonas Weber'),
      }),
      200,
    );
    const view = (await partner1.get(`/api/v1/proposals/${id}`)).body;
    assert.ok(view.permissions.editableSections.includes('part-a:p2'));
    assert.ok(!view.permissions.editableSections.includes('part-a:p3'));
    // As an attacker: another partner's Part A, and the declaration on behalf of all.
    const coordinatorPid = view.sections.consortium.data.participants[0].id;
    for (const key of ['part-a:p3', `part-a:${coordinatorPid}`, 'coordinator-declaration']) {
      const before = await section(coordinator, key);
      const res = await partner1.put(`/api/v1/proposals/${id}/sections/${key}`, {
        version: before.version,
        data:
          key === 'coordinator-declaration'
            ? { declarations: {} }
            : { ...completePartA(declarations, 'Mallory'), declarations: {} },
      });
      expectStatus(res, 403);
      assert.equal(res.body.error, 'forbidden');
      assert.deepEqual(await section(coordinator, key), before, `${key} unchanged`);
    }
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = await section(coordinator, 'part-a:p4');
    const cases: [unknown, string][] = [
      [
        { ...before.data, legalRepresentative: { ...before.data.legalRepresentative, email: 'nobody' } },
        'data.legalRepresentative.email',
      ],
      [{ ...before.data, declarations: { 'on-behalf-of-all': true } }, 'data.declarations.on-behalf-of-all'],
      [
        { ...before.data, declarations: { 'no-such-declaration': true } },
        'data.declarations.no-such-declaration',
      ],
      [{ ...before.data, answers: { 'personal-data': 'maybe' } }, 'data.answers.personal-data'],
      [{ ...before.data, answers: { 'favourite-colour': 'no' } }, 'data.answers.favourite-colour'],
      [{ ...before.data, signature: 'x' }, 'data.signature'],
    ];
    for (const [data, field] of cases) {
      const res = await coordinator.put(`/api/v1/proposals/${id}/sections/part-a:p4`, {
        version: before.version,
        data,
      });
      expectStatus(res, 400);
      const fields = res.body.problems.map((p: any) => p.field);
      assert.ok(fields.includes(field), `${field} in ${JSON.stringify(res.body.problems)}`);
    }
    const wrongPlace = await coordinator.put(`/api/v1/proposals/${id}/sections/coordinator-declaration`, {
      version: (await section(coordinator, 'coordinator-declaration')).version,
      data: { declarations: { 'exclusion-grounds': true } },
    });
    expectStatus(wrongPlace, 400);
    assert.equal(wrongPlace.body.problems[0].field, 'data.declarations.exclusion-grounds');
    expectStatus(
      await coordinator.put(`/api/v1/proposals/${id}/sections/part-a:p99`, { version: 1, data: before.data }),
      404,
    );
    assert.deepEqual(await section(coordinator, 'part-a:p4'), before, 'nothing written');
  });

  it('missing parts block the submission, all at once, each finding naming its participant', async () => {
    await saveSection(coordinator, id, 'part-a:p3', (d) => ({
      ...d,
      legalRepresentative: { name: '', position: '', email: '' },
    }));
    await saveSection(coordinator, id, 'part-a:p5', (d) => ({
      ...d,
      declarations: { ...d.declarations, 'double-funding': false },
      answers: {},
    }));
    await saveSection(coordinator, id, 'coordinator-declaration', () => ({ declarations: {} }));
    const refused = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    expectStatus(refused, 422);
    const partA = refused.body.findings.filter((f: any) =>
      /^form\.(part-a|coordinator-declaration)/.test(f.rule),
    );
    assert.deepEqual(
      partA.map((f: any) => [f.rule, f.severity, f.field]),
      [
        ['form.part-a-representative', 'error', 'part-a:p3.legalRepresentative.name'],
        ['form.part-a-declarations', 'error', 'part-a:p5.declarations.double-funding'],
        ['form.coordinator-declaration', 'error', 'coordinator-declaration.declarations.on-behalf-of-all'],
      ],
    );
    const view = (await coordinator.get(`/api/v1/proposals/${id}`)).body;
    const names = new Map<string, string>(
      view.document.participants.map((p: any) => [p.id, p.organisation.legalName]),
    );
    assert.equal(partA[0].facts.participant, 'p3');
    assert.equal(partA[1].facts.participant, 'p5');
    assert.deepEqual(partA[1].facts.declarations, [
      'double-funding',
      'ethics-self-assessment',
      'security-self-assessment',
    ]);
    for (const f of partA.slice(0, 2)) {
      const name = names.get(f.facts.participant);
      assert.ok(name && f.message.en.includes(name) && f.message.da.includes(name), f.message.en);
      assert.match(f.message.en, /^Part A of /);
      assert.match(f.message.da, /^Del A for /);
      assert.ok(f.fix.en && f.fix.da);
      assert.match(f.basis.definedAt, /submissionPackage\.partADeclarations/);
    }
  });

  it('once made again, the proposal is submitted and its content carries Part A', async () => {
    const declarations = await partADeclarations(coordinator, id);
    for (const pid of ['p3', 'p5'])
      await saveSection(coordinator, id, `part-a:${pid}`, () => completePartA(declarations));
    await saveSection(coordinator, id, 'coordinator-declaration', () => ({
      declarations: { 'on-behalf-of-all': true },
    }));
    const submitted = await coordinator.post(`/api/v1/proposals/${id}/submit`);
    expectStatus(submitted, 201);
    const stored = await coordinator.get(`/api/v1/proposals/${id}/submissions/1`);
    assert.equal(stored.body.content.partA.p3.legalRepresentative.name, 'Legal Representative');
    assert.deepEqual(stored.body.content.coordinatorDeclaration, {
      declarations: { 'on-behalf-of-all': true },
    });
  });
});
