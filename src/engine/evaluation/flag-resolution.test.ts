import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagKey, withResolutions } from './flags.ts';
import { flagsBlockingAgreement } from './lifecycle.ts';
import { openFlagsMessage } from './messages/index.ts';
import type { ChairFlag, FlagResolution } from './types.ts';

const flag = (id: ChairFlag['id'], criterion: ChairFlag['criterion'], evaluationId?: string): ChairFlag => ({
  id,
  criterion,
  facts: {},
  message: { en: 'x', da: 'x' },
  ...(evaluationId ? { evaluationId, expertId: 'E-1' } : {}),
});

const resolution: FlagResolution = {
  by: 'A-1',
  byName: 'Olga Officer',
  at: '2026-03-01T10:00:00.000Z',
  reason: 'Discussed by the panel.',
};

describe("resolving the chair's flags", () => {
  it('keys a flag by kind, criterion and evaluation, so two comment flags on one criterion differ', () => {
    assert.equal(flagKey(flag('spread', 'impact')), 'spread:impact:-');
    assert.notEqual(
      flagKey(flag('comment-contradicts-score', 'impact', 'EV-1')),
      flagKey(flag('comment-contradicts-score', 'impact', 'EV-2')),
    );
  });

  it('blocks agreement exactly while a flag has no resolution', () => {
    const flags = [flag('spread', 'impact'), flag('near-threshold', 'overall')];
    const none = withResolutions(flags, new Map());
    assert.deepEqual(
      flagsBlockingAgreement(none).map((f) => f.key),
      ['spread:impact:-', 'near-threshold:overall:-'],
    );
    const one = withResolutions(flags, new Map([['spread:impact:-', resolution]]));
    assert.deepEqual(
      flagsBlockingAgreement(one).map((f) => f.key),
      ['near-threshold:overall:-'],
    );
    const all = withResolutions(
      flags,
      new Map([
        ['spread:impact:-', resolution],
        ['near-threshold:overall:-', resolution],
      ]),
    );
    assert.deepEqual(flagsBlockingAgreement(all), []);
  });

  it('names the open flags by criterion name and expert name, in English and Danish', () => {
    const message = openFlagsMessage([
      { id: 'spread', criterion: { en: 'Impact', da: 'Virkning' } },
      {
        id: 'comment-contradicts-score',
        criterion: { en: 'Quality', da: 'Kvalitet' },
        expertName: 'Anna Kowalska',
      },
      { id: 'near-threshold', criterion: 'overall' },
    ]);
    assert.match(
      message.en,
      /Impact: scores far apart; Quality: comment against its score \(Anna Kowalska\); Total: near/,
    );
    assert.match(
      message.da,
      /Virkning: scorer langt fra hinanden; Kvalitet: .*\(Anna Kowalska\); Samlet score/,
    );
  });
});
