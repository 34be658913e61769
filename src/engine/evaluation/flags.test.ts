import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluation } from '../../../tests/support/evaluation-fixtures.ts';
import { ruleBook } from '../../node/load-rule-book.ts';
import type { CriterionId } from '../call-definition/types.ts';
import { commentContradiction, matchKeywords } from './comment-check.ts';
import { type FlagOptions, flagsForChair } from './flags.ts';
import type { ChairFlag, IndividualEvaluation } from './types.ts';

const call = ruleBook().calls['2025']!;
const impact = call.awardCriteria.criteria.find((c) => c.id === 'impact')!;
const THRESHOLD = impact.threshold.value;
const MAXIMUM = impact.maximum.value;

function flags(evaluations: IndividualEvaluation[], options?: FlagOptions, id?: ChairFlag['id']) {
  return flagsForChair(call, evaluations, options).filter((f) => id === undefined || f.id === id);
}

/** Experts agreeing on 20 everywhere except the given impact scores. */
const onImpact = (...scores: number[]) =>
  scores.map((score, i) => evaluation(`EV-${i}`, `X-${i}`, { impact: score }));

describe('spread flag', () => {
  it('a spread of 5 on a 25-point criterion is not flagged; 6 is', () => {
    assert.deepEqual(flags(onImpact(15, 20, 18), {}, 'spread'), []);
    const [flag, ...rest] = flags(onImpact(15, 21, 18), {}, 'spread');
    assert.equal(rest.length, 0);
    assert.equal(flag!.criterion, 'impact');
    assert.deepEqual(flag!.facts, { lowest: 15, highest: 21, spread: 6, allowed: 5, maximum: 25 });
    assert.equal(
      flag!.message.en,
      "Impact: the experts' scores range from 15 to 21, 6 points apart (more than 5 points apart needs a decision by the chair)",
    );
    assert.match(flag!.message.da, /^Virkning: eksperternes scorer går fra 15 til 21, 6 point fra hinanden/);
  });

  it('the allowed spread is a parameter, as a share of the maximum or in points', () => {
    assert.equal(flags(onImpact(15, 19), { spreadShare: 0.1 }, 'spread').length, 1);
    assert.equal(flags(onImpact(15, 19), { spreadPoints: 3 }, 'spread').length, 1);
    assert.equal(flags(onImpact(15, 19), { spreadPoints: 4 }, 'spread').length, 0);
  });
});

describe('near-threshold flag', () => {
  const near = (
    evaluations: IndividualEvaluation[],
    options?: FlagOptions,
    criterion: CriterionId | 'overall' = 'impact',
  ) => flags(evaluations, options, 'near-threshold').filter((f) => f.criterion === criterion);

  it(`within 1 point of the criterion threshold (${THRESHOLD}) on either side, not 2`, () => {
    for (const [score, flagged] of [
      [THRESHOLD + 2, false],
      [THRESHOLD + 1, true],
      [THRESHOLD, true],
      [THRESHOLD - 1, true],
      [THRESHOLD - 2, false],
    ] as const) {
      assert.equal(near(onImpact(score, score, score)).length, flagged ? 1 : 0, `impact ${score}`);
    }
    const [flag] = near(onImpact(14, 14, 14));
    assert.deepEqual(flag!.facts, {
      consensus: 14,
      median: 14,
      threshold: THRESHOLD,
      within: 1,
      distance: 1,
    });
    assert.equal(
      flag!.message.en,
      `Impact: the consensus score 14 (median 14) is within 1 point of its threshold of 13`,
    );
    assert.match(
      flag!.message.da,
      /^Virkning: konsensusscoren 14 \(median 14\) ligger inden for 1 point af tærsklen på 13$/,
    );
  });

  it('a split median rounded down to the threshold side is flagged, with both numbers', () => {
    const [flag] = near(onImpact(12, 13));
    assert.deepEqual(flag!.facts, {
      consensus: 12,
      median: 12.5,
      threshold: THRESHOLD,
      within: 1,
      distance: 0.5,
    });
    assert.match(flag!.message.en, /consensus score 12 \(median 12\.5\)/);
    assert.match(flag!.message.da, /konsensusscoren 12 \(median 12,5\)/);
  });

  it('an agreed consensus far from the threshold is still flagged when the median is near it', () => {
    const [flag] = near(onImpact(13, 13, 14), { consensus: { impact: 20 } });
    assert.equal(flag!.facts.consensus, 20);
    assert.equal(flag!.facts.distance, 0);
  });

  it('reads an agreed consensus score instead of the draft’s when given', () => {
    assert.equal(near(onImpact(20, 20, 20)).length, 0);
    // The median stays 20; the agreed 12 is within a point of 13.
    const [flag] = near(onImpact(20, 20, 20), { consensus: { impact: 12 } });
    assert.equal(flag!.facts.consensus, 12);
    assert.equal(flag!.facts.median, 20);
  });

  it('within 3 points of the overall threshold (70) on either side, not 4', () => {
    const totalOf = (total: number) => {
      // relevance carries the difference from 4 × 17 = 68.
      const scores = { relevance: total - 51, quality: 17, partnership: 17, impact: 17 };
      return [evaluation('EV-1', 'X-1', scores), evaluation('EV-2', 'X-2', scores)];
    };
    for (const [total, flagged] of [
      [74, false],
      [73, true],
      [70, true],
      [67, true],
      [66, false],
    ] as const) {
      assert.equal(near(totalOf(total), {}, 'overall').length, flagged ? 1 : 0, `total ${total}`);
    }
    const [flag] = near(totalOf(72), {}, 'overall');
    assert.equal(
      flag!.message.en,
      'Total: the consensus score 72 (median 72) is within 3 points of the overall threshold of 70',
    );
    assert.match(flag!.message.da, /^Samlet score: konsensusscoren 72 .* af den samlede tærskel på 70$/);
    assert.equal(near(totalOf(74), { nearOverallThreshold: 4 }, 'overall').length, 1);
  });
});

describe('comment-contradicts-score flag', () => {
  const WEAK_EN = 'The work plan lacks milestones, the budget is unclear and the risk analysis is weak.';
  const STRONG_EN = 'An excellent and convincing analysis of the sector; a very strong partnership.';
  const WEAK_DA = 'Arbejdsplanen mangler milepæle, budgettet er uklart, og risikoanalysen er svag.';
  const STRONG_DA = 'En fremragende og overbevisende analyse af sektoren; et meget stærkt partnerskab.';
  const high = 0.8 * MAXIMUM; // 20 of 25

  const contradiction = (score: number, comment: string) =>
    flags(
      [evaluation('EV-1', 'X-1', { impact: score }, { impact: comment })],
      {},
      'comment-contradicts-score',
    );

  for (const [lang, weak, strong] of [
    ['English', WEAK_EN, STRONG_EN],
    ['Danish', WEAK_DA, STRONG_DA],
  ] as const) {
    it(`${lang}: a high score (≥ 80 % of max) with a comment of weaknesses, not just under it`, () => {
      const [flag, ...rest] = contradiction(high, weak);
      assert.equal(rest.length, 0);
      assert.equal(flag!.criterion, 'impact');
      assert.equal(flag!.expertId, 'X-1');
      assert.equal(flag!.evaluationId, 'EV-1');
      assert.equal(flag!.facts.kind, 'high-score-weak-comment');
      assert.ok((flag!.facts.weaknessWords as string[]).length >= 3);
      assert.deepEqual(contradiction(high - 1, weak), []);
    });

    it(`${lang}: a score under the threshold with a comment of strengths, not at the threshold`, () => {
      const [flag] = contradiction(THRESHOLD - 1, strong);
      assert.equal(flag!.facts.kind, 'low-score-strong-comment');
      assert.ok((flag!.facts.strengthWords as string[]).length >= 3);
      assert.deepEqual(contradiction(THRESHOLD, strong), []);
    });
  }

  it('states the words it matched, in both languages, naming the expert and the criterion', () => {
    const [flag] = flags(
      [evaluation('EV-1', 'X-1', { impact: 22 }, { impact: WEAK_EN })],
      { expertNames: { 'X-1': 'Xenia Expert' } },
      'comment-contradicts-score',
    );
    assert.deepEqual(flag!.facts.weaknessWords, ['lacks', 'unclear', 'weak']);
    assert.equal(
      flag!.message.en,
      'Impact: Xenia Expert gives 22/25, but the comment reads mostly as weaknesses (weaknesses: “lacks”, “unclear” and “weak”; strengths: none)',
    );
    assert.equal(
      flag!.message.da,
      'Virkning: Xenia Expert giver 22/25, men kommentaren læses mest som svagheder (svagheder: »lacks«, »unclear« og »weak«; styrker: ingen)',
    );
  });

  it('a comment that weighs strengths and weaknesses evenly is not flagged', () => {
    assert.deepEqual(contradiction(24, 'A strong consortium, but the work plan is weak.'), []);
    assert.equal(
      commentContradiction(24, 25, 13, 'A strong consortium, but the work plan is weak.'),
      undefined,
    );
  });

  it('the standard format "Strengths: … Weaknesses: …" is read by its words, not its headings', () => {
    const en =
      'Strengths: the consortium covers education and enterprise well. Weaknesses: the plan to reach SMEs is thin.';
    const da = 'Styrker: konsortiet dækker uddannelse og erhverv godt. Svagheder: planen for SMV’er er tynd.';
    for (const comment of [en, da, `Main strengths - a clear plan.\nMain weaknesses - none.`]) {
      assert.deepEqual(contradiction(22, comment), [], comment);
    }
    // The words under the headings still count.
    assert.equal(
      contradiction(22, 'Strengths: none. Weaknesses: the plan lacks milestones and is unclear.').length,
      1,
    );
  });

  it('a matching comment on a score in between is not flagged', () => {
    assert.deepEqual(contradiction(16, WEAK_EN), []);
    assert.deepEqual(contradiction(16, STRONG_EN), []);
  });
});

describe('matchKeywords', () => {
  it('finds English and Danish words and their longer forms', () => {
    assert.deepEqual(matchKeywords('Weaknesses: lacking detail; svage partnere og manglende plan.'), {
      weaknesses: ['lacking', 'svage', 'manglende'],
      strengths: [],
    });
    assert.deepEqual(matchKeywords('Outstanding, meget stærke partnere, fremragende.').strengths, [
      'outstanding',
      'meget stærke',
      'fremragende',
    ]);
  });

  it('reads a negated strength as a weakness, never as both', () => {
    assert.deepEqual(matchKeywords('The plan is not  convincing; planen er ikke overbevisende.'), {
      weaknesses: ['not convincing', 'ikke overbevisende'],
      strengths: [],
    });
  });

  it('matches at the start of a word only', () => {
    assert.deepEqual(matchKeywords('An unclear budget'), { weaknesses: ['unclear'], strengths: [] });
    assert.deepEqual(matchKeywords('European solidarity, a clear plan, sweakly'), {
      weaknesses: [],
      strengths: [],
    });
  });
});

describe('flags for a proposal without issues', () => {
  it('none: agreeing experts, far from every threshold, neutral comments', () => {
    assert.deepEqual(flagsForChair(call, onImpact(20, 20, 21)), []);
  });
});
