import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conflictsOf, type Override } from './conflicts.ts';
import type { ExpertView } from './experts.ts';
import type { SubmittedProposal } from './submitted.ts';

const expert = (id: string, employerPic: string | null, country = 'SE'): ExpertView => ({
  id,
  accountId: null,
  name: id,
  email: `${id}@example.org`,
  country,
  employerPic,
  topics: ['digital'],
  lots: ['lot1'],
  languages: ['en'],
  maxLoad: 5,
  version: 1,
});

const proposal = (id: string, pics: string[], coordinatorCountry = 'DK'): SubmittedProposal =>
  ({
    proposalId: id,
    submissionId: `s-${id}`,
    number: 1,
    submittedAt: new Date('2025-03-01T10:00:00Z'),
    content: {
      participants: pics.map((pic, i) => ({
        role: i === 0 ? 'coordinator' : 'beneficiary',
        organisation: {
          pic,
          legalName: pic,
          country: i === 0 ? coordinatorCountry : 'DE',
          type: 'hei',
          city: null,
          validation: 'declared',
        },
      })),
    },
  }) as unknown as SubmittedProposal;

const lift = (expertId: string, proposalId: string, action: Override['action'] = 'lift'): Override => ({
  expertId,
  proposalId,
  action,
  reason: 'a reason that is long enough',
  decidedBy: 'officer',
  decidedAt: '2025-03-07T10:00:00Z',
});

describe('conflicts of interest from registry data', () => {
  const experts = [expert('E1', '999000001'), expert('E2', null, 'DK'), expert('E3', '999000009')];
  const proposals = [proposal('P1', ['999000001', '999000002']), proposal('P2', ['999000003'])];

  it('an expert whose employer takes part, in any role, is in conflict', () => {
    const found = conflictsOf(experts, proposals, { countryConflict: false }, [], []);
    assert.deepEqual(
      found.map((c) => [c.expertId, c.proposalId, c.reasons.map((r) => r.kind), c.active]),
      [['E1', 'P1', ['employer-takes-part'], true]],
    );
  });

  it("the country rule, when the call uses it, adds the coordinator's country", () => {
    const found = conflictsOf(experts, proposals, { countryConflict: true }, [], []);
    assert.ok(found.some((c) => c.expertId === 'E2' && c.reasons[0]!.kind === 'coordinator-country'));
  });

  it('an officer lifts a registry conflict with a reason, pins a new one, but cannot lift a declaration', () => {
    const declarations = [
      { expertId: 'E3', proposalId: 'P2', noConflict: false, conflictReason: 'former employer' },
    ];
    const found = conflictsOf(
      experts,
      proposals,
      { countryConflict: false },
      [lift('E1', 'P1'), lift('E3', 'P1', 'pin'), lift('E3', 'P2')],
      declarations,
    );
    const pair = (e: string, p: string) => found.find((c) => c.expertId === e && c.proposalId === p)!;
    assert.equal(pair('E1', 'P1').active, false);
    assert.equal(pair('E1', 'P1').lifted?.reason, 'a reason that is long enough');
    assert.equal(pair('E3', 'P1').active, true);
    assert.deepEqual(pair('E3', 'P1').reasons, [{ kind: 'pinned', detail: 'a reason that is long enough' }]);
    assert.equal(pair('E3', 'P2').active, true, "the expert's own declaration stands");
  });
});
