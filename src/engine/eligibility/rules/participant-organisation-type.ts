import { fail, finding, pass, typeName, typeSet } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Every participant is of an organisation type the call lists as eligible. */
export const participantOrganisationType: EligibilityRule = {
  id: 'participant.organisation-type',
  severity: 'error',
  summary: 'participant.organisation-type.summary',
  evaluate(ctx) {
    const basis = ctx.call.organisationTypes.eligible;
    const eligible = typeSet(basis.value);
    const wrong = ctx.participants.filter((p) => !eligible.has(p));
    const facts = { notEligible: wrong.map((p) => ({ name: p.name, type: p.type })) };
    if (wrong.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      wrong.map((p) =>
        finding(
          'participant.organisation-type.failed',
          'participant.organisation-type.fix',
          { name: p.name, typeName: typeName(ctx, p.type), year: ctx.call.year },
          { field: `participants[${p.index}].type` },
        ),
      ),
    );
  },
};
