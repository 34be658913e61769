import { listOr } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** The duration is one the lot allows (Lot 1: 24 or 36 months; Lot 2: 48 months). */
export const projectDuration: EligibilityRule = {
  id: 'project.duration',
  severity: 'error',
  summary: {
    en: 'The duration is one the lot allows',
    da: 'Varigheden er en, som lottet tillader',
  },
  evaluate(ctx) {
    // Where the call names only the normal durations, project.duration-normal warns instead.
    if (ctx.lot.durationsNormal?.value === true) return notApplicable('the lot names its normal durations');
    const basis = ctx.lot.durationsMonths;
    const months = ctx.proposal.durationMonths;
    const facts = { durationMonths: months, allowed: basis.value };
    if (basis.value.includes(months)) return pass(basis, facts);
    const allowed = basis.value.map(String);
    return fail(basis, facts, [
      {
        message: {
          en: `A duration of ${months} months is not allowed for ${ctx.lotLabel.en}, which allows ${listOr(allowed, 'en')} months.`,
          da: `En varighed på ${months} måneder er ikke tilladt for ${ctx.lotLabel.da}, som tillader ${listOr(allowed, 'da')} måneder.`,
        },
        fix: {
          en: `Choose ${listOr(allowed, 'en')} months and plan the work packages to fit.`,
          da: `Vælg ${listOr(allowed, 'da')} måneder, og tilpas arbejdspakkerne.`,
        },
        field: 'durationMonths',
      },
    ]);
  },
};
