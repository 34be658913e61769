/**
 * The proposal as the eligibility check reads it (spec/check-format.md), and the
 * validation that refuses what cannot be checked at all: the wrong shape, an unknown call or
 * lot, an unknown organisation type or role. Everything else (an unknown country, a duration
 * the lot does not allow, a missing ecosystem) is a finding, not a refusal.
 */
import { z } from 'zod';
import { ORGANISATION_TYPES, RESTRICTIONS, ROLES, type RuleBook } from '../call-definition/types.ts';
import { parseInstant } from '../deadline/deadline.ts';
import { formatPath, show, valueAt } from '../field-path.ts';
import { isWellFormedProposal, PIC_FORMAT } from './well-formed.ts';

const wholeEuros = (what: string) =>
  z
    .number({ error: `${what} in whole euros (a number)` })
    .int({ error: `${what} in whole euros, without cents` })
    .nonnegative({ error: `${what} in whole euros, zero or more` });

export const participantInputSchema = z.object({
  name: z
    .string({ error: 'the organisation name as a string' })
    .min(1, { error: 'a non-empty organisation name' }),
  country: z.string({ error: 'a country code as a string, e.g. "DK"' }),
  type: z.enum(ORGANISATION_TYPES, {
    error: `one of the organisation types ${ORGANISATION_TYPES.join(', ')}`,
  }),
  role: z.enum(ROLES, { error: `one of the roles ${ROLES.join(', ')}` }),
  eche: z.boolean({ error: 'true or false (whether the HEI holds an ECHE)' }).optional(),
  pic: z
    .string({ error: 'the Participant Identification Code as a string of 9 digits, e.g. "999986390"' })
    .regex(PIC_FORMAT, {
      error: 'the Participant Identification Code as a string of 9 digits, e.g. "999986390"',
    })
    .optional(),
  publiclyOwned: z
    .boolean({ error: 'true or false (whether more than 50 % is publicly owned or controlled)' })
    .optional(),
  restriction: z
    .enum(RESTRICTIONS, { error: `one of the registry restrictions ${RESTRICTIONS.join(', ')}` })
    .optional(),
});

export const proposalInputSchema = z.object({
  call: z.string({ error: 'the call year as a string, e.g. "2025"' }),
  lot: z.string({ error: 'the lot as a string: "lot1", "lot2" or "lot3"' }),
  durationMonths: z
    .number({ error: 'the duration as an integer number of months, e.g. 24' })
    .int({ error: 'the duration as an integer number of months, e.g. 24' }),
  ecosystem: z.string({ error: 'an ecosystem id as a string, e.g. "digital"' }).optional(),
  participants: z.array(participantInputSchema, { error: 'a list of participants' }),
  budget: z
    .object(
      {
        estimatedCosts: wholeEuros('the estimated eligible costs'),
        requestedGrant: wholeEuros('the requested EU grant'),
      },
      { error: 'an object with estimatedCosts and requestedGrant' },
    )
    .optional(),
  submittedAt: z
    .string({ error: 'an ISO 8601 instant with an offset or Z, e.g. "2025-03-06T12:00:00Z"' })
    .refine((s) => parseInstant(s) !== undefined, {
      error: 'an ISO 8601 instant with an offset or Z, e.g. "2025-03-06T12:00:00Z"',
    })
    .optional(),
});

export type ParticipantInput = z.infer<typeof participantInputSchema>;
export type ProposalInput = z.infer<typeof proposalInputSchema>;

/** One reason the input cannot be checked: the field, what was expected and what was there. */
export interface InputProblem {
  field: string;
  expected: string;
  got: string;
  /**
   * What is wrong, for a program to say it in the reader's language (`too_small`, `invalid_enum`,
   * ...; src/server/http/problem-codes.ts), with the numbers and values the sentence needs.
   */
  code?: string;
  params?: Record<string, ProblemParam>;
}

/** A number, a word, or the list of allowed values that a problem's sentence names. */
export type ProblemParam = string | number | boolean | (string | number)[];

export function describeProblem(p: InputProblem): string {
  return `${p.field}: expected ${p.expected}; got ${p.got}`;
}

export type ParsedProposal = { ok: true; proposal: ProposalInput } | { ok: false; problems: InputProblem[] };

/** Validates an already JSON-parsed proposal against the schema and the known calls and lots. */
export function parseProposalInput(input: unknown, book: RuleBook): ParsedProposal {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        { field: '(top level)', expected: 'a JSON object describing the proposal', got: show(input) },
      ],
    };
  }
  let proposal: ProposalInput;
  if (isWellFormedProposal(input)) {
    proposal = input;
  } else {
    const result = proposalInputSchema.safeParse(input);
    if (!result.success) {
      return {
        ok: false,
        problems: result.error.issues.map((issue) => ({
          field: formatPath(issue.path) || '(top level)',
          expected: issue.message,
          got: show(valueAt(input, issue.path)),
        })),
      };
    }
    proposal = result.data;
  }
  const call = book.calls[proposal.call];
  if (!call) {
    const years = Object.keys(book.calls).sort();
    return {
      ok: false,
      problems: [
        {
          field: 'call',
          expected: `one of the known call years ${years.join(', ')}`,
          got: show(proposal.call),
        },
      ],
    };
  }
  if (!call.lots[proposal.lot as keyof typeof call.lots]) {
    const lots = Object.keys(call.lots).sort();
    return {
      ok: false,
      problems: [
        {
          field: 'lot',
          expected: `a lot of the ${call.year} call: ${lots.join(', ')}`,
          got: show(proposal.lot),
        },
      ],
    };
  }
  return { ok: true, proposal };
}
