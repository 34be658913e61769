/**
 * The applicant's pages about what happens after submitting: the outcome of the evaluation, the
 * receipts and versions, and the deadline warnings.
 */
export const resultsEn = {
  'tab.outcome': 'Outcome',
  'outcome.intro': 'The result of the evaluation, once the agency has sent the evaluation summary reports.',
  'outcome.notYet':
    'The agency has not sent the results yet. You will get an e-mail when they are sent, and the outcome will show here.',
  'outcome.notSubmitted': 'The proposal was not submitted, so it was not evaluated.',
  'outcome.decision.selected': 'Selected for funding',
  'outcome.decision.reserve': 'On the reserve list',
  'outcome.decision.not-selected': 'Not selected',
  'outcome.explain.selected': 'The proposal is within the budget of {lot}, in place {rank}.',
  'outcome.explain.reserve':
    'The proposal passed every threshold but is beyond the budget of {lot} (place {rank}). It moves up if money becomes available.',
  'outcome.explain.not-selected': 'The proposal is not funded in {lot}.',
  'outcome.ineligible': 'The proposal was found ineligible at screening: {reason}',
  'outcome.sentAt': 'Results sent {time}.',
  'outcome.scores': 'Scores',
  'outcome.criterion': 'Award criterion',
  'outcome.score': 'Score',
  'outcome.threshold': 'Threshold',
  'outcome.met': 'Threshold met',
  'outcome.yes': 'Yes',
  'outcome.no': 'No',
  'outcome.total': 'Total',
  'outcome.totalValue': '{score} of {maximum} (threshold {threshold})',
  'outcome.reasons': 'How the decision was reached',
  'outcome.report':
    'The full evaluation summary report, with the experts’ comments, is under Downloads above.',
  'submit.unchanged':
    'Nothing has changed since version {n}: no new version was submitted, and version {n} still counts.',
  'versionFiles.receipt': 'Receipt of version {n} (PDF)',
  'versionFiles.proposal': 'Version {n} of the proposal (PDF)',
  'deadlineBanner.48h':
    'Less than 48 hours to the deadline ({deadline}, Brussels time), and the proposal is not submitted yet.',
  'deadlineBanner.24h':
    'Less than 24 hours to the deadline ({deadline}, Brussels time), and the proposal is not submitted yet.',
  'field.lot': 'Lot',
  'field.durationMonths': 'Duration (months)',
  'field.requestedGrant': 'Requested grant (EUR)',
  'field.answer': 'Answer',
};
