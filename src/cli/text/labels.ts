import type { Lang, Status } from '../../engine/call-definition/types.ts';

/** The words the text output uses around the engine's own (already localised) messages. */
export const LABELS = {
  en: {
    eligible: 'Eligible',
    notEligible: 'Not eligible',
    call: 'call',
    errors: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
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
    call: 'indkaldelse',
    errors: (n: number) => `${n} ${n === 1 ? 'fejl' : 'fejl'}`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
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
