/** Bringing partner contacts into a proposal the way applicants do: an invitation by e-mail, accepted. */
import type { TestClient } from './client.ts';

/** The token of the newest invitation e-mailed to `email`, read from the outbox as the admin would. */
export async function invitationToken(admin: TestClient, email: string): Promise<string> {
  const outbox = await admin.get('/api/v1/admin/outbox');
  if (outbox.status !== 200) throw new Error(`outbox: ${outbox.status} ${JSON.stringify(outbox.body)}`);
  const mail = outbox.body.find((m: { to: string }) => m.to === email.toLowerCase());
  const token = mail && /#\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
  if (!token) throw new Error(`no invitation e-mail to ${email}`);
  return token;
}

/** Invites `email` as the contact of `participantId`; returns the token from the e-mail. */
export async function invite(
  coordinator: TestClient,
  admin: TestClient,
  proposalId: string,
  participantId: string,
  email: string,
): Promise<string> {
  const res = await coordinator.post(`/api/v1/proposals/${proposalId}/invitations`, { participantId, email });
  if (res.status !== 201) throw new Error(`invitation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return invitationToken(admin, email);
}

/** Makes the signed-in `partner` the contact of `participantId` in the proposal. */
export async function addPartner(
  coordinator: TestClient,
  admin: TestClient,
  proposalId: string,
  participantId: string,
  partner: TestClient,
): Promise<void> {
  const token = await invite(coordinator, admin, proposalId, participantId, partner.account!.email);
  const res = await partner.post('/api/v1/invitations/accept', { token });
  if (res.status !== 200) throw new Error(`accepting failed: ${res.status} ${JSON.stringify(res.body)}`);
}
