import { ecosystemNames, fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * 2023 Lot 2 (a soft rule): priority goes to ecosystems without an ongoing Blueprint. A
 * proposal elsewhere stays eligible; the warning tells the applicant before the experts do.
 */
export const projectEcosystemPriority: EligibilityRule = {
  id: 'project.ecosystem-priority',
  severity: 'warning',
  summary: {
    en: 'The ecosystem is one the call gives priority to',
    da: 'Økosystemet er et, som indkaldelsen prioriterer',
  },
  evaluate(ctx) {
    const basis = ctx.lot.ecosystemPriority;
    if (!basis) return notApplicable('the call gives no ecosystem priority');
    if (!ctx.ecosystemId) return notApplicable('no known ecosystem given');
    const facts = { ecosystem: ctx.ecosystemId, priority: basis.value };
    if (basis.value.includes(ctx.ecosystemId as (typeof basis.value)[number])) return pass(basis, facts);
    const name = ctx.catalogue.ecosystems[ctx.ecosystemId]?.name;
    return fail(basis, facts, [
      {
        message: {
          en: `The ${ctx.call.year} call gives priority to ecosystems without an ongoing Blueprint; ${name?.en ?? ctx.ecosystemId} is not among them.`,
          da: `${ctx.call.year}-indkaldelsen prioriterer økosystemer uden en igangværende Blueprint; ${name?.da ?? ctx.ecosystemId} er ikke blandt dem.`,
        },
        fix: {
          en: `The proposal stays eligible but competes without that priority. Priority ecosystems: ${basis.value.join(', ')}.`,
          da: `Forslaget er stadig støtteberettiget, men konkurrerer uden denne prioritet. Prioriterede økosystemer: ${ecosystemNames(ctx, basis.value, 'da')}.`,
        },
        field: 'ecosystem',
      },
    ]);
  },
};
