import { listAnd } from '../../i18n/format.ts';
import { fail, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** One organisation applies on behalf of the whole alliance: exactly one coordinator. */
export const coordinatorCount: EligibilityRule = {
  id: 'coordinator.count',
  severity: 'error',
  summary: {
    en: 'Exactly one coordinator applies on behalf of the alliance',
    da: 'Præcis én koordinator ansøger på vegne af alliancen',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.coordinators;
    const coordinators = ctx.coordinators;
    const facts = { coordinators: coordinators.map((p) => p.name), required: basis.value };
    if (coordinators.length === basis.value) return pass(basis, facts);
    if (coordinators.length === 0) {
      return fail(basis, facts, [
        {
          message: {
            en: 'The proposal has no coordinator; exactly one organisation applies as coordinator on behalf of the alliance.',
            da: 'Forslaget har ingen koordinator; præcis én organisation ansøger som koordinator på vegne af alliancen.',
          },
          fix: {
            en: 'Give one participant from an EU Member State or associated third country the role coordinator.',
            da: 'Giv én deltager fra en EU-medlemsstat eller et associeret tredjeland rollen koordinator.',
          },
          field: 'participants',
        },
      ]);
    }
    const names = coordinators.map((p) => p.name);
    return fail(basis, facts, [
      {
        message: {
          en: `The proposal has ${coordinators.length} coordinators (${listAnd(names, 'en')}); exactly ${basis.value} is allowed.`,
          da: `Forslaget har ${coordinators.length} koordinatorer (${listAnd(names, 'da')}); der må kun være ${basis.value}.`,
        },
        fix: {
          en: 'Keep one coordinator and make the others beneficiaries.',
          da: 'Behold én koordinator, og gør de øvrige til støttemodtagere.',
        },
        field: `participants[${coordinators[1]!.index}].role`,
      },
    ]);
  },
};
