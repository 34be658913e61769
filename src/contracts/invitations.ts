/** Invitations of partner contacts: send, list, accept. */
import { z } from 'zod';
import { memberRole } from './common.ts';

export const inviteBody = z.strictObject({
  participantId: z.string({ error: 'the participant the contact represents' }).min(1).max(64),
  email: z.email({ error: 'an e-mail address' }).transform((e) => e.toLowerCase()),
});

export const acceptBody = z.strictObject({
  token: z.string({ error: 'the token from the invitation link' }).min(10).max(200),
});

export const sentInvitation = z.object({
  id: z.string(),
  email: z.string(),
  participantId: z.string(),
  createdAt: z.string(),
});

export const invitationView = sentInvitation.extend({ acceptedAt: z.string().nullable() });
export type InvitationView = z.infer<typeof invitationView>;
export const invitationList = z.array(invitationView);

export const acceptedInvitation = z.object({
  proposalId: z.string(),
  participantId: z.string(),
  role: memberRole,
});
export type AcceptedInvitation = z.infer<typeof acceptedInvitation>;
