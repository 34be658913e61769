/**
 * The dictionary keys of the platform's fixed vocabularies, so a new role or state without a
 * translation is a type error rather than a raw id on screen.
 */

import type { GlobalRole, MemberRole } from '../../contracts/common.ts';
import type { ProposalState } from '../../contracts/proposals.ts';
import type { Role } from '../../engine/call-definition/types.ts';
import type { MessageKey } from '../i18n/en.ts';

export const STATE_LABEL: Record<ProposalState, MessageKey> = {
  draft: 'state.draft',
  submitted: 'state.submitted',
  withdrawn: 'state.withdrawn',
};

export const ROLE_LABEL: Record<Role, MessageKey> = {
  coordinator: 'role.coordinator',
  beneficiary: 'role.beneficiary',
  'affiliated-entity': 'role.affiliated-entity',
  'associated-partner': 'role.associated-partner',
};

export const MEMBER_LABEL: Record<MemberRole, MessageKey> = {
  'coordinator-contact': 'member.coordinator-contact',
  'partner-contact': 'member.partner-contact',
};

export const ACCOUNT_ROLE_LABEL: Record<GlobalRole, MessageKey> = {
  applicant: 'accountRole.applicant',
  officer: 'accountRole.officer',
  expert: 'accountRole.expert',
  admin: 'accountRole.admin',
};

export const LOT_LABEL: Record<string, MessageKey> = {
  lot1: 'lot.lot1',
  lot2: 'lot.lot2',
  lot3: 'lot.lot3',
};

export function lotLabel(lot: string): MessageKey {
  return LOT_LABEL[lot] ?? 'lot.other';
}
