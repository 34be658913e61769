/**
 * The words the comment-versus-score heuristic looks for, in English and Danish. Kept apart and
 * plain so that anyone can read (and argue with) what makes a comment "read as weaknesses".
 *
 * Each entry matches at the start of a word and also matches longer forms of it: "weak" matches
 * "weakness", "lack" matches "lacks" and "lacking", "svag" matches "svage" and "svagt". Negated
 * strengths ("not convincing", "ikke overbevisende") are weaknesses: the longest entry wins, so
 * such a phrase is never also counted as the strength inside it. A stem that would catch an
 * unrelated word is left out ("solid" would catch "solidarity").
 */

export const WEAKNESS_WORDS: readonly string[] = [
  // English
  'not convincing',
  'not sufficient',
  'not clear',
  'not well',
  'not strong',
  'major shortcoming',
  'shortcoming',
  'weak',
  'lack',
  'insufficient',
  'unclear',
  'vague',
  'inadequate',
  'unconvincing',
  'poor',
  'missing',
  'limited',
  'fail',
  'superficial',
  'unrealistic',
  'deficient',
  'deficiency',
  // Danish
  'ikke overbevisende',
  'ikke tilstrækkelig',
  'ikke klar',
  'ikke stærk',
  'væsentlig mangel',
  'væsentlige mangler',
  'svag',
  'mangler',
  'manglende',
  'mangel',
  'utilstrækkelig',
  'uklar',
  'vag',
  'uoverbevisende',
  'begrænset',
  'dårlig',
  'overfladisk',
  'urealistisk',
];

export const STRENGTH_WORDS: readonly string[] = [
  // English
  'very strong',
  'excellent',
  'outstanding',
  'convincing',
  'compelling',
  'strong',
  'thorough',
  'comprehensive',
  'impressive',
  'exemplary',
  'well designed',
  'well-designed',
  'high quality',
  'high-quality',
  'robust',
  // Danish
  'meget stærk',
  'fremragende',
  'overbevisende',
  'stærk',
  'glimrende',
  'udmærket',
  'grundig',
  'imponerende',
  'høj kvalitet',
  'særdeles god',
  'gennemarbejdet',
  'velbegrundet',
];
