import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../eligibility/types.ts';
import { type ProposalReview, withPackageFindings } from './review.ts';

function finding(rule: string, severity: Finding['severity']): Finding {
  return {
    rule,
    severity,
    messageKey: rule,
    message: { en: rule, da: rule },
    params: {},
    basis: { value: null, status: 'unconfirmed', source: [] } as unknown as Finding['basis'],
    facts: {},
  };
}

const clear = {
  findings: [finding('form.answer-short', 'warning')],
  errors: 0,
  warnings: 1,
  submittable: true,
} as unknown as ProposalReview;

describe('the review with the submission package', () => {
  it('a missing file is an error that makes the proposal not submittable, listed before the warnings', () => {
    const review = withPackageFindings(clear, [finding('package.annex-missing', 'error')]);
    assert.equal(review.submittable, false);
    assert.equal(review.errors, 1);
    assert.equal(review.warnings, 1);
    assert.deepEqual(
      review.findings.map((f) => f.rule),
      ['package.annex-missing', 'form.answer-short'],
    );
  });

  it('a package warning counts as a warning and leaves the proposal submittable', () => {
    const review = withPackageFindings(clear, [finding('package.other', 'warning')]);
    assert.equal(review.submittable, true);
    assert.equal(review.warnings, 2);
  });

  it('no package findings: the same review', () => {
    assert.equal(withPackageFindings(clear, []), clear);
  });
});
