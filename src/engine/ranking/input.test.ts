/** parseRankInput: every kind of unusable input is refused with a problem naming its field. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleBook } from '../../node/load-rule-book.ts';
import { describeProblem } from '../eligibility/proposal-input.ts';
import { parseRankInput } from './input.ts';

const book = ruleBook();

const good = () => ({
  call: '2025',
  envelopes: { lot1: 2_500_000, lot2: 4_000_000 } as Record<string, unknown>,
  proposals: [
    {
      id: 'A',
      lot: 'lot1',
      requestedGrant: 1_000_000,
      scores: { relevance: 20, quality: 20, partnership: 20, impact: 20 } as Record<string, unknown>,
    },
    {
      id: 'B',
      lot: 'lot2',
      requestedGrant: 4_000_000,
      ecosystem: 'digital',
      scores: { relevance: 20, quality: 20, partnership: 20, impact: 20 } as Record<string, unknown>,
    },
  ] as Record<string, unknown>[],
});

function problemsOf(input: unknown) {
  const parsed = parseRankInput(book, input);
  assert.ok(!parsed.ok, 'expected the input to be refused');
  return parsed.problems;
}

function fields(input: unknown): string[] {
  return problemsOf(input).map((p) => p.field);
}

describe('parseRankInput', () => {
  it('accepts the good input', () => {
    const parsed = parseRankInput(book, good());
    assert.ok(parsed.ok);
    assert.equal(parsed.call.year, '2025');
    assert.equal(parsed.input.proposals.length, 2);
  });

  it('an unknown call', () => {
    const problems = problemsOf({ ...good(), call: '2019' });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['call'],
    );
    assert.match(
      describeProblem(problems[0]!),
      /call: expected one of the known call years 2021, .*; got "2019"/,
    );
  });

  for (const score of [26, -1]) {
    it(`a score outside 0..max (${score})`, () => {
      const input = good();
      input.proposals[0]!.scores = { ...(input.proposals[0]!.scores as object), impact: score };
      const [problem] = problemsOf(input);
      assert.equal(problem!.field, 'proposals[0].scores.impact');
      assert.match(problem!.expected, /a score from 0 to 25/);
      assert.equal(problem!.got, String(score));
    });
  }

  it('the maximum and zero themselves are accepted', () => {
    const input = good();
    input.proposals[0]!.scores = { relevance: 25, quality: 0, partnership: 25, impact: 25 };
    assert.ok(parseRankInput(book, input).ok);
  });

  it('a missing criterion', () => {
    const input = good();
    input.proposals[1]!.scores = { relevance: 20, partnership: 20, impact: 20 };
    const [problem] = problemsOf(input);
    assert.equal(problem!.field, 'proposals[1].scores.quality');
    assert.match(problem!.got, /missing/);
  });

  it('an unknown criterion', () => {
    const input = good();
    input.proposals[0]!.scores = { ...(input.proposals[0]!.scores as object), excellence: 4 };
    const [problem] = problemsOf(input);
    assert.equal(problem!.field, 'proposals[0].scores.excellence');
    assert.match(problem!.expected, /relevance, quality, partnership, impact/);
  });

  it('a lot with proposals but without an envelope (the 2025 definition gives none)', () => {
    const input = good();
    input.envelopes = { lot1: 2_500_000 };
    const [problem] = problemsOf(input);
    assert.equal(problem!.field, 'envelopes.lot2');
    assert.match(problem!.expected, /proposals\[1\] is in lot2/);
  });

  it('a lot without proposals needs no envelope; a 2026 lot has the definition’s', () => {
    const input = good();
    input.envelopes = { lot1: 2_500_000 };
    input.proposals = input.proposals.slice(0, 1);
    assert.ok(parseRankInput(book, input).ok);
    assert.ok(parseRankInput(book, { ...good(), call: '2026', envelopes: {} }).ok);
  });

  it('a lot the call lacks, as a proposal’s lot and as an envelope', () => {
    const input = good();
    input.proposals[0]!.lot = 'lot3';
    input.envelopes.lot3 = 1_000_000;
    assert.deepEqual(fields(input), ['envelopes.lot3', 'proposals[0].lot']);
  });

  it('duplicate proposal ids name the later one and the first', () => {
    const input = good();
    input.proposals.push({ ...input.proposals[0]! });
    const [problem] = problemsOf(input);
    assert.equal(problem!.field, 'proposals[2].id');
    assert.match(problem!.expected, /proposals\[0\] has it too/);
  });

  it('euros that are not whole: a requested grant and an envelope', () => {
    const input = good();
    input.proposals[0]!.requestedGrant = 999_999.5;
    input.envelopes.lot2 = 4_000_000.01;
    const problems = problemsOf(input);
    assert.deepEqual(
      problems.map((p) => p.field),
      ['envelopes.lot2', 'proposals[0].requestedGrant'],
    );
    assert.ok(problems.every((p) => /whole euros, without cents/.test(p.expected)));
  });

  it('the wrong shape: not an object, no proposals list, a score that is not a number', () => {
    assert.deepEqual(fields([]), ['(top level)']);
    assert.deepEqual(fields({ call: '2025', proposals: 'many' }), ['proposals']);
    const input = good();
    input.proposals[0]!.scores = { ...(input.proposals[0]!.scores as object), quality: 'twenty' };
    assert.deepEqual(fields(input), ['proposals[0].scores.quality']);
  });

  it('every problem at once, not only the first', () => {
    const input = good();
    input.proposals[0]!.scores = { relevance: 30, quality: 20, partnership: 20 };
    input.proposals[1]!.id = 'A';
    assert.deepEqual(fields(input).sort(), [
      'proposals[0].scores.impact',
      'proposals[0].scores.relevance',
      'proposals[1].id',
    ]);
  });

  describe('the one-per-ecosystem lot of 2021 needs each proposal’s ecosystem', () => {
    const lot2 = (ecosystem?: string) => ({
      call: '2021',
      envelopes: { lot2: 8_000_000 },
      proposals: [
        {
          id: 'E',
          lot: 'lot2',
          requestedGrant: 4_000_000,
          scores: { relevance: 20, quality: 20, partnership: 20, impact: 20 },
          ...(ecosystem === undefined ? {} : { ecosystem }),
        },
      ],
    });

    it('a missing or unknown ecosystem is refused', () => {
      assert.deepEqual(fields(lot2()), ['proposals[0].ecosystem']);
      assert.deepEqual(fields(lot2('space')), ['proposals[0].ecosystem']);
    });

    it('a name or alias is read as the ecosystem id', () => {
      const parsed = parseRankInput(book, lot2('Automotive'));
      assert.ok(parsed.ok);
      assert.equal(parsed.input.proposals[0]!.ecosystem, 'mobility-transport-automotive');
    });
  });
});
