import { listOr } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * Where the call says projects "normally" last a duration (2026 Lot 3: 24 months), another
 * duration is allowed but has to be explained: a warning, not an error.
 */
export const projectDurationNormal: EligibilityRule = {
  id: 'project.duration-normal',
  severity: 'warning',
  summary: {
    en: 'The duration is the one projects in the lot normally have',
    da: 'Varigheden er den, projekter i lottet normalt har',
  },
  evaluate(ctx) {
    const normal = ctx.lot.durationsNormal;
    if (normal?.value !== true) return notApplicable('the lot allows only its listed durations');
    const basis = ctx.lot.durationsMonths;
    const months = ctx.proposal.durationMonths;
    const facts = { durationMonths: months, normal: basis.value };
    if (basis.value.includes(months)) return pass(basis, facts);
    const usual = basis.value.map(String);
    return fail(basis, facts, [
      {
        message: {
          en: `Projects in ${ctx.lotLabel.en} normally last ${listOr(usual, 'en')} months; this proposal plans ${months} months.`,
          da: `Projekter i ${ctx.lotLabel.da} varer normalt ${listOr(usual, 'da')} måneder; dette forslag planlægger ${months} måneder.`,
        },
        fix: {
          en: `Explain in the proposal why the project needs ${months} months, or plan it over ${listOr(usual, 'en')} months.`,
          da: `Forklar i forslaget, hvorfor projektet har brug for ${months} måneder, eller planlæg det over ${listOr(usual, 'da')} måneder.`,
        },
        field: 'durationMonths',
      },
    ]);
  },
};
