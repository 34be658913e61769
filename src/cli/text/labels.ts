import type { Lang, Status } from '../../engine/call-definition/types.ts';
import { countOf } from '../../engine/i18n/format.ts';

/** The words the text output uses around the engine's own (already localised) messages. */
export const LABELS = {
  en: {
    eligible: 'Eligible',
    notEligible: 'Not eligible',
    call: (year: string) => `${year} call`,
    errors: (n: number) => countOf(n, 'en', { one: 'error', other: 'errors' }),
    warnings: (n: number) => countOf(n, 'en', { one: 'warning', other: 'warnings' }),
    rulesChecked: (n: number, passed: number) => `${n} rules checked, ${passed} passed`,
    error: 'error',
    warning: 'warning',
    fix: 'How to fix',
    source: 'Source',
    definedAt: 'Defined at',
    field: 'Field',
  },
  da: {
    eligible: 'Støtteberettiget',
    notEligible: 'Ikke støtteberettiget',
    call: (year: string) => `${year}-indkaldelsen`,
    errors: (n: number) => countOf(n, 'da', { one: 'fejl', other: 'fejl' }),
    warnings: (n: number) => countOf(n, 'da', { one: 'advarsel', other: 'advarsler' }),
    rulesChecked: (n: number, passed: number) => `${n} regler kontrolleret, ${passed} opfyldt`,
    error: 'fejl',
    warning: 'advarsel',
    fix: 'Sådan retter du det',
    source: 'Kilde',
    definedAt: 'Defineret i',
    field: 'Felt',
  },
} as const;

export const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  en: { confirmed: 'confirmed', secondary: 'secondary source', unconfirmed: 'unconfirmed' },
  da: { confirmed: 'bekræftet', secondary: 'sekundær kilde', unconfirmed: 'ubekræftet' },
};
