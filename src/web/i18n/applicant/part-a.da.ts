/** Del A, de administrative formularer: de samme nøgler som ./part-a.en.ts. */
import type { partAEn } from './part-a.en.ts';

export const partADa: Record<keyof typeof partAEn, string> = {
  'tab.partA': 'Del A',
  'partA.intro':
    'De administrative formularer: hver deltager angiver sin juridiske repræsentant, afgiver tro og love-erklæringerne og besvarer spørgsmålene i selvevalueringen; derefter erklærer koordinatoren på alles vegne. En partners kontaktperson udfylder sin egen organisations del A; koordinatorens kontaktpersoner kan udfylde dem alle.',
  'partA.representative': 'Juridisk repræsentant',
  'partA.representativeName': 'Navn',
  'partA.representativePosition': 'Stilling',
  'partA.representativeEmail': 'E-mailadresse',
  'partA.declarations': 'Tro og love-erklæringer',
  'partA.yes': 'Ja',
  'partA.no': 'Nej',
  'partA.readOnly': 'Udfyldes af organisationens kontaktperson eller koordinatoren.',
  'partA.coordinator': 'Koordinatorens erklæring',
  'partA.coordinatorReadOnly': 'Afgives af koordinatorens kontaktpersoner.',
  'section.partA': 'Del A for {name}',
  'partA.findings': 'Hvad del A stadig mangler',
};
