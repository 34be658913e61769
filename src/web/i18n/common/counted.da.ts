/** Talte ord, hver med ental under ".one" (valgt af Intl.PluralRules, src/web/i18n/plural.ts). */
export const countedDa = {
  'common.months': '{n} måneder',
  'common.months.one': '{n} måned',
  'deadline.days': '{n} dage',
  'deadline.days.one': '{n} dag',
  'review.checks': 'Hvad der er kontrolleret ({n} regler)',
  'review.checks.one': 'Hvad der er kontrolleret ({n} regel)',
};
