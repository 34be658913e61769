/** Counted words, each with its singular under ".one" (chosen by Intl.PluralRules, src/web/i18n/plural.ts). */
export const countedEn = {
  'common.months': '{n} months',
  'common.months.one': '{n} month',
  'deadline.days': '{n} days',
  'deadline.days.one': '{n} day',
  'review.checks': 'What was checked ({n} rules)',
  'review.checks.one': 'What was checked ({n} rule)',
};
