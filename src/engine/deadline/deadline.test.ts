import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadlineInstant, isOnTime, parseInstant } from './deadline.ts';
import { formatInZone, zonedTimeToEpochMs } from './zoned-time.ts';

const brussels = (date: string) => deadlineInstant({ date, time: '17:00', timeZone: 'Europe/Brussels' });

describe('deadlines in Europe/Brussels', () => {
  it('17:00 in summer time is 15:00 UTC (3 May 2023)', () => {
    const d = brussels('2023-05-03');
    assert.equal(d.utc, '2023-05-03T15:00:00.000Z');
    assert.equal(d.local, '2023-05-03T17:00:00+02:00');
  });

  it('17:00 in winter time is 16:00 UTC (6 March 2025)', () => {
    const d = brussels('2025-03-06');
    assert.equal(d.utc, '2025-03-06T16:00:00.000Z');
    assert.equal(d.local, '2025-03-06T17:00:00+01:00');
  });

  for (const [date, summer] of [
    ['2023-05-03', true],
    ['2025-03-06', false],
  ] as const) {
    it(`on time means strictly before: ${date} (${summer ? 'summer' : 'winter'})`, () => {
      const d = brussels(date);
      assert.equal(isOnTime(parseInstant(`${date}T16:59:59.999+0${summer ? 2 : 1}:00`)!, d), true);
      assert.equal(isOnTime(parseInstant(`${date}T17:00:00.000+0${summer ? 2 : 1}:00`)!, d), false);
      assert.equal(isOnTime(d.epochMs - 1, d), true);
      assert.equal(isOnTime(d.epochMs, d), false);
    });
  }

  it('the day summer time starts and ends keeps 17:00 on the right side', () => {
    assert.equal(brussels('2025-03-30').utc, '2025-03-30T15:00:00.000Z');
    assert.equal(brussels('2025-10-26').utc, '2025-10-26T16:00:00.000Z');
  });

  it('round-trips a local time through the zone', () => {
    const ms = zonedTimeToEpochMs('2024-07-01', '09:30:15', 'Europe/Brussels');
    assert.equal(formatInZone(ms, 'Europe/Brussels'), '2024-07-01T09:30:15+02:00');
  });
});

describe('parseInstant', () => {
  it('reads Z and offsets, with or without seconds and fractions', () => {
    assert.equal(parseInstant('2025-03-06T16:00Z'), Date.UTC(2025, 2, 6, 16));
    assert.equal(parseInstant('2025-03-06T17:00:00+01:00'), Date.UTC(2025, 2, 6, 16));
    assert.equal(parseInstant('2025-03-06T15:59:59.9999Z'), Date.UTC(2025, 2, 6, 15, 59, 59, 999));
  });

  it('refuses local times without an offset and impossible dates', () => {
    for (const text of [
      '2025-03-06T16:00',
      '2025-03-06 16:00Z',
      '2025-02-30T10:00Z',
      '2025-13-01T10:00Z',
      'soon',
    ]) {
      assert.equal(parseInstant(text), undefined, text);
    }
  });
});
