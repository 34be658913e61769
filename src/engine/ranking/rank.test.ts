/** rankProposals on the spec example and on hand-made cases for every rule of spec/rank-format.md. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT, ruleBook } from '../../node/load-rule-book.ts';
import type { CriterionId, LotId } from '../call-definition/types.ts';
import { rankFromInput, rankProposals } from './rank.ts';
import type { RankInput, Ranking, RankProposalInput } from './types.ts';

const book = ruleBook();
const call2025 = book.calls['2025']!;
const examples = join(REPOSITORY_ROOT, 'spec/examples');

type Scores = Record<CriterionId, number>;
const scores = (relevance: number, quality: number, partnership: number, impact: number): Scores => ({
  relevance,
  quality,
  partnership,
  impact,
});

function proposal(id: string, s: Scores, requestedGrant = 1_000_000, lot: LotId = 'lot1'): RankProposalInput {
  return { id, lot, requestedGrant, scores: s };
}

function input(proposals: RankProposalInput[], envelopes: RankInput['envelopes'] = { lot1: 10_000_000 }) {
  return { call: '2025', envelopes, proposals };
}

function byId(ranking: Ranking) {
  return new Map(ranking.proposals.map((p) => [p.id, p]));
}

describe('rankProposals on spec/examples/rank-basic.json', () => {
  const raw = JSON.parse(readFileSync(join(examples, 'rank-basic.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(examples, 'rank-basic.expected.json'), 'utf8'));
  const result = rankFromInput(book, raw);
  assert.ok(result.ok);
  const ranking = result.ranking;

  it('gives every proposal the expected rank, decision and total', () => {
    const actual = Object.fromEntries(
      ranking.proposals.map((p) => [p.id, { rank: p.rank, decision: p.decision, total: p.total }]),
    );
    assert.deepEqual(actual, expected.proposals);
  });

  it('gives every lot the expected envelope, committed and remaining', () => {
    const actual = Object.fromEntries(
      Object.values(ranking.lots).map((l) => [
        l.lot,
        { envelope: l.envelope.value, committed: l.committed, remaining: l.remaining },
      ]),
    );
    assert.deepEqual(actual, expected.lots);
  });

  it('says where the envelope ran out and which threshold was missed', () => {
    const reserve = ranking.proposals.find((p) => p.decision === 'reserve' && p.lot === 'lot1')!;
    assert.ok(
      reserve.reasons.some((r) =>
        /EUR 1,000,000 requested; EUR 0 of the EUR 2,500,000 envelope remained/.test(r.en),
      ),
      JSON.stringify(reserve.reasons),
    );
    const below = ranking.proposals.find((p) => p.decision === 'below-threshold')!;
    assert.ok(below.reasons.some((r) => r.en === 'impact 12/25 is under its threshold of 13'));
    assert.ok(below.reasons.some((r) => r.da === 'virkning 12/25 er under tærsklen på 13'));
    assert.ok(below.reasons.some((r) => r.en === '84/100 meets the overall threshold of 70'));
  });
});

describe('thresholds', () => {
  it('a total exactly at the overall threshold passes; one point under does not', () => {
    const ranking = rankProposals(
      call2025,
      input([proposal('AT', scores(18, 18, 17, 17)), proposal('UNDER', scores(18, 17, 17, 17))]),
    );
    const p = byId(ranking);
    assert.equal(p.get('AT')!.total, 70);
    assert.equal(p.get('AT')!.decision, 'selected');
    assert.ok(p.get('AT')!.reasons.some((r) => r.en === '70/100 meets the overall threshold of 70'));
    assert.equal(p.get('UNDER')!.total, 69);
    assert.equal(p.get('UNDER')!.decision, 'below-threshold');
    assert.equal(p.get('UNDER')!.rank, null);
    assert.ok(p.get('UNDER')!.reasons.some((r) => r.en === '69/100 is under the overall threshold of 70'));
  });

  for (const criterion of ['relevance', 'quality', 'partnership', 'impact'] as const) {
    it(`${criterion} exactly at its threshold passes; one point under does not`, () => {
      const at = { ...scores(25, 25, 25, 25), [criterion]: 13 };
      const under = { ...scores(25, 25, 25, 25), [criterion]: 12 };
      const p = byId(rankProposals(call2025, input([proposal('AT', at), proposal('UNDER', under)])));
      assert.equal(p.get('AT')!.decision, 'selected');
      assert.equal(p.get('AT')!.rank, 1);
      assert.equal(p.get('UNDER')!.decision, 'below-threshold');
      assert.equal(p.get('UNDER')!.rank, null);
      assert.ok(
        p.get('UNDER')!.reasons.some((r) => r.en === `${criterion} 12/25 is under its threshold of 13`),
      );
    });
  }
});

describe('order within a lot', () => {
  it('the call gives the ex-aequo order relevance, impact, quality', () => {
    assert.deepEqual(call2025.awardCriteria.exAequo.value, ['relevance', 'impact', 'quality']);
  });

  it('higher total first; equal totals by relevance, then impact, then quality, then id', () => {
    const proposals = [
      proposal('D1', scores(19, 18, 19, 18)), // ties with D0 on everything: id decides
      proposal('D0', scores(19, 18, 19, 18)), // loses to C on quality
      proposal('C', scores(19, 19, 18, 18)), // loses to B on impact
      proposal('B', scores(19, 18, 18, 19)), // loses to A on relevance
      proposal('A', scores(20, 18, 18, 18)),
      proposal('TOP', scores(18, 18, 18, 21)), // 75: the highest total, despite the lowest relevance
    ];
    const ranking = rankProposals(call2025, input(proposals));
    assert.deepEqual(ranking.lots.lot1!.ranked, ['TOP', 'A', 'B', 'C', 'D0', 'D1']);
    assert.deepEqual(
      ranking.proposals.map((p) => p.rank),
      [1, 2, 3, 4, 5, 6],
    );
  });
});

describe('walk-down selection', () => {
  const ranking = rankProposals(
    call2025,
    input(
      [
        proposal('FIRST', scores(24, 24, 24, 24), 1_000_000),
        proposal('TOO-BIG', scores(23, 23, 23, 23), 1_500_000),
        proposal('SMALL', scores(22, 22, 22, 22), 500_000),
      ],
      { lot1: 2_000_000 },
    ),
  );
  const p = byId(ranking);

  it('stops at the first proposal that does not fit; a smaller later one stays reserve', () => {
    assert.equal(p.get('FIRST')!.decision, 'selected');
    assert.equal(p.get('TOO-BIG')!.decision, 'reserve');
    assert.equal(p.get('SMALL')!.decision, 'reserve');
    assert.deepEqual(ranking.lots.lot1!.reserveList, ['TOO-BIG', 'SMALL']);
    assert.equal(ranking.lots.lot1!.committed, 1_000_000);
    assert.equal(ranking.lots.lot1!.remaining, 1_000_000);
    assert.equal(ranking.lots.lot1!.cutOff, 96);
  });

  it('explains both reserve decisions', () => {
    assert.ok(
      p
        .get('TOO-BIG')!
        .reasons.some((r) => r.en.includes('EUR 1,500,000 requested; EUR 1,000,000 of the EUR 2,000,000')),
    );
    assert.ok(p.get('SMALL')!.reasons.some((r) => r.en.includes('ran out at rank 2 (TOO-BIG)')));
    assert.ok(p.get('SMALL')!.reasons.some((r) => r.da.includes('slap op ved nr. 2 (TOO-BIG)')));
  });

  it('a grant that exactly fills what remains is selected', () => {
    const exact = rankProposals(
      call2025,
      input(
        [proposal('A', scores(24, 24, 24, 24), 700_000), proposal('B', scores(20, 20, 20, 20), 300_000)],
        {
          lot1: 1_000_000,
        },
      ),
    );
    assert.deepEqual(exact.lots.lot1!.selected, ['A', 'B']);
    assert.equal(exact.lots.lot1!.remaining, 0);
    assert.deepEqual(
      exact.proposals.map((x) => x.cumulative),
      [700_000, 1_000_000],
    );
  });
});

describe('one-per-ecosystem selection (2021 Lot 2)', () => {
  const call2021 = book.calls['2021']!;
  const eco = (id: string, total: number, ecosystem: string, grant: number, lot: LotId = 'lot2') => ({
    ...proposal(id, scores(total, 20, 20, 20), grant, lot),
    ecosystem,
  });
  const proposals = [
    eco('DIGITAL-1', 25, 'digital', 4_000_000),
    eco('DIGITAL-2', 24, 'digital', 4_000_000),
    eco('HEALTH-1', 23, 'health', 4_000_000),
    eco('TOURISM-1', 22, 'tourism', 4_000_000),
    eco('TEXTILE-1', 21, 'textile', 1_000_000),
  ];

  it('the 2021 call states the rule for Lot 2 only', () => {
    assert.equal(call2021.lots.lot2!.selection.value.rule, 'one-per-ecosystem');
    assert.equal(call2021.lots.lot1!.selection.value.rule, 'walk-down');
  });

  it('skips a second proposal of an ecosystem and walks on; the budget still stops the walk', () => {
    const ranking = rankProposals(call2021, { call: '2021', envelopes: { lot2: 10_000_000 }, proposals });
    const p = byId(ranking);
    assert.deepEqual(ranking.lots.lot2!.selected, ['DIGITAL-1', 'HEALTH-1']);
    assert.deepEqual(ranking.lots.lot2!.reserveList, ['DIGITAL-2', 'TOURISM-1', 'TEXTILE-1']);
    assert.equal(ranking.lots.lot2!.committed, 8_000_000);
    const skipped = p.get('DIGITAL-2')!.reasons.map((r) => r.en);
    assert.ok(
      skipped.some((r) => /one proposal per industrial ecosystem .* DIGITAL-1 \(rank 1\) .* digital/.test(r)),
    );
    assert.ok(
      p.get('TOURISM-1')!.reasons.some((r) => /EUR 4,000,000 requested; EUR 2,000,000 of/.test(r.en)),
    );
    assert.ok(p.get('TEXTILE-1')!.reasons.some((r) => r.en.includes('ran out at rank 4 (TOURISM-1)')));
  });

  it('Lot 1 of the same call selects two proposals of one ecosystem (walk-down)', () => {
    const lot1 = proposals.slice(0, 2).map((x) => ({ ...x, lot: 'lot1' as const }));
    const ranking = rankProposals(call2021, {
      call: '2021',
      envelopes: { lot1: 10_000_000 },
      proposals: lot1,
    });
    assert.deepEqual(ranking.lots.lot1!.selected, ['DIGITAL-1', 'DIGITAL-2']);
  });
});

describe('lots and envelopes', () => {
  it('a lot without an input envelope uses the call definition’s (2026)', () => {
    const call2026 = book.calls['2026']!;
    const ranking = rankProposals(call2026, {
      call: '2026',
      envelopes: {},
      proposals: [proposal('X', scores(20, 20, 20, 20), 1_000_000, 'lot3')],
    });
    const lot3 = ranking.lots.lot3!;
    assert.equal(lot3.envelope.value, call2026.lots.lot3!.envelope!.value);
    assert.equal(lot3.envelope.origin, 'call-definition');
    assert.equal(lot3.remaining, lot3.envelope.value - 1_000_000);
  });

  it('a lot given an envelope but no proposals is reported with nothing committed', () => {
    const ranking = rankProposals(call2025, input([], { lot2: 5_000_000 }));
    assert.deepEqual(Object.keys(ranking.lots), ['lot2']);
    assert.equal(ranking.lots.lot2!.committed, 0);
    assert.equal(ranking.lots.lot2!.remaining, 5_000_000);
    assert.equal(ranking.lots.lot2!.cutOff, null);
  });

  it('refuses input it was not given through validation', () => {
    assert.throws(() => rankProposals(call2025, { ...input([]), call: '2024' }), RangeError);
    assert.throws(
      () =>
        rankProposals(
          call2025,
          input([proposal('A', scores(20, 20, 20, 20)), proposal('A', scores(20, 20, 20, 20))]),
        ),
      /duplicate/,
    );
    assert.throws(
      () => rankProposals(call2025, input([proposal('A', scores(20, 20, 20, 20), 1, 'lot2')])),
      /no envelope for lot2/,
    );
  });
});
