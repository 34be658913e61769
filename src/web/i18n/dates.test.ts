import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BRUSSELS, formatInstant, formatShort, timeLeft } from './dates.ts';

describe('deadlines shown to people', () => {
  const deadline = '2025-03-06T16:00:00.000Z'; // 17:00 in Brussels (winter time)

  it('in Brussels time, with the zone, in English and Danish', () => {
    assert.equal(formatInstant(deadline, 'en', BRUSSELS), '6 March 2025 at 17:00:00 CET');
    assert.equal(formatInstant(deadline, 'da', BRUSSELS), '6. marts 2025 kl. 17.00.00 CET');
  });

  it("in the reader's own zone: the same instant, another wall clock", () => {
    assert.match(formatInstant(deadline, 'en', 'Europe/Lisbon'), /^6 March 2025 at 16:00:00 (WET|GMT)$/);
    assert.match(formatShort(deadline, 'en', 'America/New_York'), /^6 March 2025 at 11:00$/);
  });

  it('summer time moves the UTC instant, not the Brussels wall clock', () => {
    assert.equal(formatInstant('2023-05-03T15:00:00.000Z', 'en', BRUSSELS), '3 May 2023 at 17:00:00 CEST');
  });
});

describe('timeLeft', () => {
  it('splits the time to the deadline into days, hours, minutes and seconds', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    assert.deepEqual(timeLeft(Date.parse('2025-03-06T16:00:00Z'), now), {
      days: 5,
      hours: 4,
      minutes: 0,
      seconds: 0,
      passed: false,
    });
    assert.deepEqual(timeLeft(now + 61_999, now), {
      days: 0,
      hours: 0,
      minutes: 1,
      seconds: 1,
      passed: false,
    });
  });

  it('says the deadline has passed from its very instant on', () => {
    const d = Date.parse('2025-03-06T16:00:00Z');
    assert.equal(timeLeft(d, d - 1).passed, false);
    assert.equal(timeLeft(d, d).passed, true);
    assert.deepEqual(timeLeft(d, d + 5000), { days: 0, hours: 0, minutes: 0, seconds: 0, passed: true });
  });
});
