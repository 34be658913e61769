import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT } from '../../node/load-rule-book.ts';
import { runCli } from '../main.ts';

const examples = join(REPOSITORY_ROOT, 'spec/examples');
const basic = join(examples, 'rank-basic.json');
const expected = JSON.parse(readFileSync(join(examples, 'rank-basic.expected.json'), 'utf8'));

describe('alliances rank on spec/examples/rank-basic.json', () => {
  const result = runCli(['rank', '--format', 'json', basic]);

  it('exits as expected with JSON on stdout and nothing on stderr', () => {
    assert.equal(result.exitCode, expected.exit, result.stderr);
    assert.equal(result.stderr, '');
  });

  it('gives each proposal the expected rank, decision and total, with reasons', () => {
    const output = JSON.parse(result.stdout);
    assert.equal(output.call, JSON.parse(readFileSync(basic, 'utf8')).call);
    for (const [id, want] of Object.entries(expected.proposals)) {
      const got = output.proposals.find((p: { id: string }) => p.id === id);
      assert.ok(got, `proposal ${id} is in the output`);
      assert.deepEqual({ rank: got.rank, decision: got.decision, total: got.total }, want);
      assert.ok(got.reasons.length > 0 && got.reasons.every((r: unknown) => typeof r === 'string'));
    }
    assert.equal(output.proposals.length, Object.keys(expected.proposals).length);
  });

  it('gives each lot the expected envelope, committed and remaining, with the rule’s source', () => {
    const output = JSON.parse(result.stdout);
    for (const [lot, want] of Object.entries(expected.lots)) {
      const { envelope, committed, remaining } = output.lots[lot];
      assert.deepEqual({ envelope, committed, remaining }, want);
      assert.match(output.lots[lot].source.definedAt, new RegExp(`#lots\\.${lot}\\.selection$`));
    }
  });

  it('reads stdin for -', () => {
    const fromStdin = runCli(['rank', '-', '--format', 'json'], () => readFileSync(basic, 'utf8'));
    assert.equal(fromStdin.exitCode, 0);
    assert.deepEqual(JSON.parse(fromStdin.stdout), JSON.parse(result.stdout));
  });

  it('speaks Danish with --lang da', () => {
    const da = JSON.parse(runCli(['rank', '--format', 'json', '--lang', 'da', basic]).stdout);
    const below = da.proposals.find((p: { decision: string }) => p.decision === 'below-threshold');
    assert.ok(below.reasons.some((r: string) => /er under tærsklen på/.test(r)));
    assert.match(da.lots.lot1.name, /Alliancer/);
  });
});

describe('alliances rank --format text', () => {
  it('shows per lot a table, the envelope line and the below-threshold proposals with reasons', () => {
    const result = runCli(['rank', basic]);
    assert.equal(result.exitCode, 0);
    const text = result.stdout;
    assert.match(text, /^Ranking and selection: 2025 call/);
    assert.match(text, /Rank +Proposal +Total +Decision +Requested grant +Cumulative/);
    assert.match(text, /1 +EE-17 +86 +selected +EUR 1,000,000 +EUR 1,000,000/);
    assert.match(text, /3 +DK-11 +78 +reserve +EUR 1,000,000 +-/);
    assert.match(
      text,
      /Envelope EUR 2,500,000: EUR 2,500,000 committed, EUR 0 remaining; cut-off total 82\./,
    );
    assert.match(text, /Below threshold \(not ranked\):\n {2}FI-08 \(84\/100\)/);
    assert.match(text, /- impact 12\/25 is under its threshold of 13/);
    assert.ok(text.indexOf('Lot 1') < text.indexOf('Lot 2'));
  });

  it('in Danish', () => {
    const text = runCli(['rank', '--lang', 'da', basic]).stdout;
    assert.match(text, /^Rangordning og udvælgelse: 2025-indkaldelsen/);
    assert.match(text, /Ramme 2\.500\.000 EUR: 2\.500\.000 EUR disponeret, 0 EUR tilbage/);
  });
});

describe('alliances rank on bad input', () => {
  const good = JSON.parse(readFileSync(basic, 'utf8'));
  const withFirst = (change: Record<string, unknown>) =>
    JSON.stringify({ ...good, proposals: [{ ...good.proposals[0], ...change }, ...good.proposals.slice(1)] });

  for (const [what, stdin, message] of [
    [
      'an unknown call',
      JSON.stringify({ ...good, call: '2019' }),
      /^call: expected one of the known call years/,
    ],
    [
      'a score above the maximum',
      withFirst({ scores: { ...good.proposals[0].scores, impact: 26 } }),
      /^proposals\[0\]\.scores\.impact: expected a score from 0 to 25 .*; got 26/,
    ],
    [
      'a missing criterion',
      withFirst({ scores: { relevance: 20, quality: 20, impact: 20 } }),
      /^proposals\[0\]\.scores\.partnership: expected .*; got nothing/,
    ],
    [
      'a lot without an envelope',
      JSON.stringify({ ...good, envelopes: { lot1: 2_500_000 } }),
      /^envelopes\.lot2: expected the envelope of lot2/,
    ],
    [
      'a duplicate id',
      withFirst({ id: good.proposals[1].id }),
      /^proposals\[1\]\.id: expected an id used by one/,
    ],
    [
      'cents',
      withFirst({ requestedGrant: 1000.5 }),
      /^proposals\[0\]\.requestedGrant: expected .*without cents/,
    ],
    ['text that is not JSON', '{"call": ', /^stdin: not JSON/],
  ] as const) {
    it(`exit 2 with nothing on stdout for ${what}`, () => {
      const result = runCli(['rank', '-'], () => stdin);
      assert.equal(result.exitCode, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    });
  }

  it('a missing file and an unknown --format are exit 2 too', () => {
    assert.equal(runCli(['rank', '/nonexistent/ranking.json']).exitCode, 2);
    const result = runCli(['rank', '--format', 'xml', basic]);
    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /--format: expected json or text/);
  });

  it('works as `npx alliances rank` from the repository root (a real process)', () => {
    const run = spawnSync(process.execPath, ['bin/alliances.mjs', 'rank', '--format', 'json', basic], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).lots.lot1.committed, expected.lots.lot1.committed);
  });
});
