/** Reading a bench:rush run's figures, for the alternating comparison with an earlier commit. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rushFigures } from '../../bench/rush-against.ts';

// As bench:rush prints them, today and at the commit the throughput target was set against.
const RUN = `
== PostgreSQL: 500 applicants, 1 min
raw commits (begin; insert one row; commit), 500 concurrent clients over a pool of 10 connections: 6139 commits/s
operations: 23837 in 60.0 s = 397.2 ops/s
  section save   15990 ok  p50   1442 ms  p99   2212 ms
ratio to raw commits: 0.0647 (397.2 ops/s ÷ 6139 commits/s)
crash: kill -9 with 500 requests in flight (500 cut off)
acknowledged: 7847, found after restart: 7846, hashes intact: 7845
ratio: 0.0647
`;

describe('the figures of a rush', () => {
  it('reads the throughput and the crash check', () => {
    assert.deepEqual(rushFigures(RUN), {
      opsPerSecond: 397.2,
      acknowledged: 7847,
      found: 7846,
      intact: 7845,
    });
  });

  it('refuses output without them, rather than counting a failed run as zero', () => {
    assert.throws(() => rushFigures(RUN.replace(/^operations:.*$/m, '')), /printed no figures/);
    assert.throws(() => rushFigures(RUN.replace(/^acknowledged:.*$/m, '')), /printed no figures/);
  });
});
