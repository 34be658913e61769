/** Danske tekster om en organisations begrænsning i registret. Same keys as restriction.en.ts. */
import type { restrictionEn } from './restriction.en.ts';

export const restrictionDa: Record<keyof typeof restrictionEn, string> = {
  'restriction.hu-public-interest-trust':
    'Begrænset enhed: Rådets gennemførelsesafgørelse (EU) 2022/2506 — ungarske almennyttige fonde',
  'restriction.effect': 'Den kan deltage, men der kan ikke underskrives en tilskudsaftale med den.',
  'restriction.label': 'Begrænsning i registret',
  'restriction.none': 'Ingen begrænsning',
  'restriction.option.hu-public-interest-trust':
    'Ungarsk almennyttig fond (Rådets gennemførelsesafgørelse (EU) 2022/2506)',
  'restriction.save': 'Gem begrænsningen',
  'restriction.saving': 'Gemmer…',
  'restriction.notInRegistry': 'Organisationen har intet PIC, som den kan findes i registret med.',
  'restriction.saved': 'Begrænsningen er gemt.',
};
