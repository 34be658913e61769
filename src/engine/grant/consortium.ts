/**
 * The grant's consortium against the call's rules: the eligibility engine run again on the final
 * consortium at grant preparation, and on the consortium an amendment would leave. A finding that
 * blocks is an error, or the restricted-entity warning (Council Implementing Decision (EU)
 * 2022/2506: no grant agreement with such an entity), which may be ignored while applying but
 * not when signing.
 */
import type { OrganisationType, Restriction, Role, RuleBook } from '../call-definition/types.ts';
import { checkEligibility } from '../eligibility/check.ts';
import type { ProposalInput } from '../eligibility/proposal-input.ts';
import type { Finding } from '../eligibility/types.ts';

export const RESTRICTED_ENTITY_RULE = 'participant.restricted-entity';

export interface GrantParticipant {
  id: string;
  name: string;
  country: string;
  type: OrganisationType;
  role: Role;
  eche: boolean;
  pic?: string | undefined;
  restriction?: Restriction | undefined;
}

/** What the consortium is checked with besides its participants: the proposal as selected. */
export type ConsortiumBase = Omit<ProposalInput, 'participants'>;

export interface ConsortiumCheck {
  /** No blocking finding: the grant may be signed with this consortium. */
  ok: boolean;
  blocking: Finding[];
  findings: Finding[];
}

export function blocksGrant(f: Finding): boolean {
  return f.severity === 'error' || f.rule === RESTRICTED_ENTITY_RULE;
}

export function checkConsortium(
  book: RuleBook,
  base: ConsortiumBase,
  participants: readonly GrantParticipant[],
): ConsortiumCheck {
  const input: ProposalInput = {
    ...base,
    participants: participants.map((p) => {
      const q: ProposalInput['participants'][number] = {
        name: p.name,
        country: p.country,
        type: p.type,
        role: p.role,
        eche: p.eche,
      };
      if (p.pic) q.pic = p.pic;
      if (p.restriction) q.restriction = p.restriction;
      return q;
    }),
  };
  const { findings } = checkEligibility(book, input);
  const blocking = findings.filter(blocksGrant);
  return { ok: blocking.length === 0, blocking, findings };
}

export type Amendment =
  | { kind: 'add'; participant: GrantParticipant }
  | { kind: 'replace'; participantId: string; by: GrantParticipant }
  | { kind: 'remove'; participantId: string };

/** The consortium an amendment leaves; RangeError when it names a participant not in it. */
export function amendedConsortium(
  participants: readonly GrantParticipant[],
  amendment: Amendment,
): GrantParticipant[] {
  if (amendment.kind === 'add') return [...participants, amendment.participant];
  const index = participants.findIndex((p) => p.id === amendment.participantId);
  if (index < 0) throw new RangeError(`no participant ${amendment.participantId} in the grant`);
  if (participants[index]!.role === 'coordinator')
    throw new RangeError('the coordinator cannot be removed or replaced by an amendment');
  if (amendment.kind === 'remove') return participants.filter((_, i) => i !== index);
  const out = [...participants];
  out[index] = { ...amendment.by, role: participants[index]!.role };
  return out;
}

/** The amendment and the check of the consortium it leaves: refused with every blocking finding. */
export function checkAmendment(
  book: RuleBook,
  base: ConsortiumBase,
  participants: readonly GrantParticipant[],
  amendment: Amendment,
): ConsortiumCheck & { consortium: GrantParticipant[] } {
  const consortium = amendedConsortium(participants, amendment);
  return { ...checkConsortium(book, base, consortium), consortium };
}
