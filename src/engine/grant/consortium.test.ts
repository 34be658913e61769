import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleBook } from '../../node/load-rule-book.ts';
import { type ConsortiumBase, checkAmendment, checkConsortium, type GrantParticipant } from './consortium.ts';

const book = ruleBook();
const base: ConsortiumBase = {
  call: '2025',
  lot: 'lot1',
  durationMonths: 24,
  submittedAt: '2025-03-06T12:00:00Z',
};

/** Four countries, eight applicants: two per country, an HEI or VET provider and an enterprise. */
function consortium(): GrantParticipant[] {
  return ['DK', 'DE', 'FR', 'HU'].flatMap((country, i) => [
    {
      id: `edu-${country}`,
      name: `${i < 2 ? 'University' : 'VET school'} ${country}`,
      country,
      type: i < 2 ? 'hei' : 'vet',
      role: i === 0 ? 'coordinator' : 'beneficiary',
      eche: true,
    },
    {
      id: `ent-${country}`,
      name: `Enterprise ${country}`,
      country,
      type: 'enterprise',
      role: 'beneficiary',
      eche: false,
    },
  ]);
}

describe('the grant consortium against the call', () => {
  it('a consortium meeting the call is fine', () => {
    const check = checkConsortium(book, base, consortium());
    assert.ok(check.ok, JSON.stringify(check.blocking.map((f) => f.rule)));
  });

  it('a restricted entity (Hungarian public-interest trust) blocks the grant, though only a warning when applying', () => {
    const ps = consortium();
    ps[7] = { ...ps[7]!, restriction: 'hu-public-interest-trust' };
    const check = checkConsortium(book, base, ps);
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.blocking.map((f) => [f.rule, f.severity]),
      [['participant.restricted-entity', 'warning']],
    );
    const replaced = checkAmendment(book, base, ps, {
      kind: 'replace',
      participantId: 'ent-HU',
      by: {
        id: 'ent-AT',
        name: 'Enterprise AT',
        country: 'AT',
        type: 'enterprise',
        role: 'beneficiary',
        eche: false,
      },
    });
    assert.ok(replaced.ok);
    assert.equal(replaced.consortium[7]!.name, 'Enterprise AT');
  });

  it('an amendment that breaks the rules is refused with every failing finding', () => {
    const removed = checkAmendment(book, base, consortium(), { kind: 'remove', participantId: 'ent-HU' });
    assert.equal(removed.ok, false);
    assert.deepEqual(removed.blocking.map((f) => f.rule).sort(), ['consortium.min-applicants']);
    assert.match(removed.blocking[0]!.message.en, /8/);
    assert.ok(removed.blocking[0]!.message.da.length > 0);
  });

  it('adding a beneficiary from an excluded country is refused; the coordinator cannot be removed', () => {
    const added = checkAmendment(book, base, consortium(), {
      kind: 'add',
      participant: {
        id: 'x',
        name: 'Org RU',
        country: 'RU',
        type: 'enterprise',
        role: 'beneficiary',
        eche: false,
      },
    });
    assert.equal(added.ok, false);
    assert.ok(added.blocking.some((f) => f.rule === 'participant.excluded-country'));
    assert.throws(
      () => checkAmendment(book, base, consortium(), { kind: 'remove', participantId: 'edu-DK' }),
      /coordinator/,
    );
  });
});
