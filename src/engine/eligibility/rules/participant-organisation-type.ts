import { fail, pass, typeSet } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Every participant is of an organisation type the call lists as eligible. */
export const participantOrganisationType: EligibilityRule = {
  id: 'participant.organisation-type',
  severity: 'error',
  summary: {
    en: 'Every participant is of an eligible organisation type',
    da: 'Alle deltagere er af en støtteberettiget organisationstype',
  },
  evaluate(ctx) {
    const basis = ctx.call.organisationTypes.eligible;
    const eligible = typeSet(basis.value);
    const wrong = ctx.participants.filter((p) => !eligible.has(p));
    const facts = { notEligible: wrong.map((p) => ({ name: p.name, type: p.type })) };
    if (wrong.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      wrong.map((p) => ({
        message: {
          en: `${p.name} is of type "${ctx.typeName(p.type, 'en')}", which the ${ctx.call.year} call does not list as eligible.`,
          da: `${p.name} er af typen "${ctx.typeName(p.type, 'da')}", som ${ctx.call.year}-indkaldelsen ikke nævner som støtteberettiget.`,
        },
        fix: {
          en: `Check the organisation type of ${p.name}, or remove it from the consortium.`,
          da: `Kontrollér organisationstypen for ${p.name}, eller fjern den fra konsortiet.`,
        },
        field: `participants[${p.index}].type`,
      })),
    );
  },
};
