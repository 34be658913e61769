import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTime, timeLeft } from './dates.ts';

describe('times shown to people: Brussels time with its zone', () => {
  const deadline = '2025-03-06T16:00:00.000Z'; // 17:00 in Brussels (winter time)

  it('in English and Danish, with the zone named', () => {
    assert.equal(formatTime(deadline, 'en'), '6 March 2025 at 17:00 CET');
    assert.equal(formatTime(deadline, 'da'), '6. marts 2025 kl. 17.00 CET');
    assert.equal(formatTime(deadline, 'en', { seconds: true }), '6 March 2025 at 17:00:00 CET');
    assert.equal(formatTime(deadline, 'da', { seconds: true }), '6. marts 2025 kl. 17.00.00 CET');
  });

  it('across the change to summer time: the zone follows, the UTC hour moves', () => {
    // 30 March 2025, 02:00 CET becomes 03:00 CEST.
    assert.equal(formatTime('2025-03-30T00:59:00Z', 'en'), '30 March 2025 at 01:59 CET');
    assert.equal(formatTime('2025-03-30T01:00:00Z', 'en'), '30 March 2025 at 03:00 CEST');
    assert.equal(formatTime('2025-03-30T01:00:00Z', 'da'), '30. marts 2025 kl. 03.00 CEST');
    assert.equal(formatTime('2023-05-03T15:00:00.000Z', 'en'), '3 May 2023 at 17:00 CEST');
  });

  it('and back to winter time', () => {
    // 26 October 2025, 03:00 CEST becomes 02:00 CET: the same wall clock twice, told apart by the zone.
    assert.equal(formatTime('2025-10-26T00:30:00Z', 'en'), '26 October 2025 at 02:30 CEST');
    assert.equal(formatTime('2025-10-26T01:30:00Z', 'en'), '26 October 2025 at 02:30 CET');
    assert.equal(formatTime('2025-10-26T01:30:00Z', 'da'), '26. oktober 2025 kl. 02.30 CET');
  });

  it("beside it, the reader's own zone: the same instant, another wall clock, named", () => {
    assert.match(
      formatTime(deadline, 'en', { timeZone: 'Europe/Lisbon' }),
      /^6 March 2025 at 16:00 (WET|GMT)$/,
    );
    assert.match(
      formatTime(deadline, 'en', { timeZone: 'America/New_York' }),
      /^6 March 2025 at 11:00 (EST|GMT-5)$/,
    );
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
