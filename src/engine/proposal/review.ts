/**
 * Everything the applicant's review page and the submission gate need about a proposal:
 * eligibility, form completeness and budget, with each finding pointing at the section field
 * that fixes it.
 */
import type { BudgetMatrix } from '../budget/lump-sum.ts';
import type { LotId, RuleBook } from '../call-definition/types.ts';
import { checkEligibility } from '../eligibility/check.ts';
import type { EligibilityResult, Finding } from '../eligibility/types.ts';
import { documentBudget, type ProposalDocument, toEligibilityInput } from './document.ts';
import { documentField } from './field-paths.ts';
import { checkForm } from './form-rules.ts';

export interface ProposalReview {
  eligibility: EligibilityResult;
  budget: BudgetMatrix;
  /** Eligibility and form findings together, errors first. */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** No finding of severity error: the proposal may be submitted. */
  submittable: boolean;
}

export function reviewProposal(book: RuleBook, doc: ProposalDocument, submittedAt?: string): ProposalReview {
  const call = book.calls[doc.callId];
  if (!call) throw new RangeError(`unknown call ${doc.callId}`);
  if (!call.lots[doc.general.lot as LotId]) throw new RangeError(`the call has no ${doc.general.lot}`);
  const budget = documentBudget(doc, call);
  const eligibility = checkEligibility(book, toEligibilityInput(doc, budget, submittedAt));
  const eligibilityFindings = eligibility.findings.map((f) => {
    const field = documentField(doc, f.field);
    return field === undefined ? f : { ...f, field };
  });
  const all = [...eligibilityFindings, ...checkForm(doc, call, budget)];
  const findings = [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity === 'warning'),
  ];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    eligibility,
    budget,
    findings,
    errors,
    warnings: findings.length - errors,
    submittable: errors === 0,
  };
}

/**
 * The review with the submission package's findings added (missing files, Part B over its page
 * limit, a budget table that disagrees): the server refuses a submission on them, so the
 * applicant's verdict counts them too. Errors first, as in the review itself.
 */
export function withPackageFindings(
  review: ProposalReview,
  packageFindings: readonly Finding[],
): ProposalReview {
  if (packageFindings.length === 0) return review;
  const all = [...review.findings, ...packageFindings];
  const findings = [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity === 'warning'),
  ];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { ...review, findings, errors, warnings: findings.length - errors, submittable: errors === 0 };
}
