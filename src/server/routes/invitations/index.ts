/**
 * Inviting partner contacts: the coordinator names a participant and an e-mail address; the
 * link goes out by e-mail (to the outbox, which the admin reads when no mail server is set up);
 * whoever signs in and accepts it becomes that participant's contact.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  acceptBody,
  acceptedInvitation,
  invitationList,
  inviteBody,
  sentInvitation,
} from '../../../contracts/invitations.ts';
import { proposalParams } from '../../../contracts/proposals.ts';
import type { ConsortiumSection, GeneralSection } from '../../../engine/proposal/sections.ts';
import { randomToken, sha256 } from '../../auth/sessions.ts';
import type { ServerDeps } from '../../deps.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { write } from '../../operations/write.ts';
import { canInvite } from '../../policies/policies.ts';
import { loadProposalRow, proposalFacts } from '../../proposals/repository.ts';
import { assertReadable } from '../proposals/index.ts';

export function invitationRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals/:id/invitations',
    summary: "Invite a partner's contact by e-mail to edit that participant's data and budget",
    tags: ['invitations'],
    auth: 'required',
    params: proposalParams,
    body: inviteBody,
    response: sentInvitation,
    async handler({ actor, params, body, reply }) {
      const id = randomUUID();
      const token = randomToken();
      const result = await write(
        deps,
        actor,
        { action: 'invitation.create', entityType: 'invitation', entityId: id, proposalId: params.id },
        async (tx, now) =>
          canInvite(
            actor,
            await proposalFacts(tx, deps.calls, now, await loadProposalRow(tx, params.id, 'share'), actor),
          ),
        async (tx, now) => {
          const sections = await tx
            .selectFrom('proposal_sections')
            .select(['key', 'data'])
            .where('proposal_id', '=', params.id)
            .where('key', 'in', ['consortium', 'general'])
            .execute();
          const consortium = sections.find((s) => s.key === 'consortium')?.data as ConsortiumSection;
          const general = sections.find((s) => s.key === 'general')?.data as GeneralSection;
          if (!consortium.participants.some((p) => p.id === body.participantId)) {
            throw badRequest([
              {
                field: 'participantId',
                expected: 'a participant of the consortium',
                got: JSON.stringify(body.participantId),
                code: 'unknown_reference',
              },
            ]);
          }
          await tx
            .insertInto('invitations')
            .values({
              id,
              proposal_id: params.id,
              participant_id: body.participantId,
              email: body.email,
              token_hash: sha256(token),
              created_by: actor!.id,
              created_at: now,
              accepted_by: null,
              accepted_at: null,
              revoked_at: null,
            })
            .execute();
          const link = `${deps.publicUrl}/#/invitations/${token}`;
          await tx
            .insertInto('outbox')
            .values({
              id: randomUUID(),
              to_address: body.email,
              subject: `Invitation to the Erasmus+ proposal ${general.acronym || '(no acronym yet)'}`,
              body: `${actor!.name} invites you to prepare the proposal "${general.title || general.acronym}" together.\n\nOpen this link, sign in or register, and accept:\n${link}\n\nThe link works once.`,
              created_at: now,
              sent_at: null,
            })
            .execute();
          const view = {
            id,
            email: body.email,
            participantId: body.participantId,
            createdAt: now.toISOString(),
          };
          return { result: view, before: null, after: view };
        },
      );
      reply.status(201);
      return result;
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/invitations',
    summary: 'The invitations of a proposal and whether they were accepted',
    tags: ['invitations'],
    auth: 'required',
    params: proposalParams,
    response: invitationList,
    async handler({ actor, params }) {
      await assertReadable(deps, actor, params.id);
      const rows = await deps.db
        .selectFrom('invitations')
        .selectAll()
        .where('proposal_id', '=', params.id)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        participantId: r.participant_id,
        createdAt: r.created_at.toISOString(),
        acceptedAt: r.accepted_at?.toISOString() ?? null,
      }));
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/invitations/accept',
    summary: "Accept an invitation: the signed-in applicant becomes the participant's contact",
    tags: ['invitations'],
    auth: 'required',
    body: acceptBody,
    response: acceptedInvitation,
    async handler({ actor, body }) {
      const invitation = await deps.db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', sha256(body.token))
        .executeTakeFirst();
      if (!invitation || invitation.revoked_at) throw notFound('The invitation');
      return write(
        deps,
        actor,
        {
          action: 'invitation.accept',
          entityType: 'invitation',
          entityId: invitation.id,
          proposalId: invitation.proposal_id,
        },
        () =>
          actor!.role === 'applicant'
            ? { allowed: true }
            : {
                allowed: false,
                status: 403,
                code: 'forbidden',
                reason: 'Only applicant accounts join proposals.',
              },
        async (tx, now) => {
          const fresh = await tx
            .selectFrom('invitations')
            .selectAll()
            .where('id', '=', invitation.id)
            .forUpdate()
            .executeTakeFirstOrThrow();
          if (fresh.accepted_at) throw conflict('This invitation has been accepted already.', {});
          if (
            now.getTime() >=
            (await deps.calls.deadline((await loadProposalRow(tx, fresh.proposal_id)).call_id)).getTime()
          ) {
            throw forbidden('The call has closed.', 'deadline-passed');
          }
          const member = await tx
            .selectFrom('proposal_members')
            .select('role')
            .where('proposal_id', '=', fresh.proposal_id)
            .where('account_id', '=', actor!.id)
            .executeTakeFirst();
          if (member) throw conflict('You take part in this proposal already.', { role: member.role });
          await tx
            .insertInto('proposal_members')
            .values({
              proposal_id: fresh.proposal_id,
              account_id: actor!.id,
              role: 'partner-contact',
              participant_id: fresh.participant_id,
              created_at: now,
            })
            .execute();
          await tx
            .updateTable('invitations')
            .set({ accepted_by: actor!.id, accepted_at: now })
            .where('id', '=', fresh.id)
            .execute();
          const after = {
            proposalId: fresh.proposal_id,
            participantId: fresh.participant_id,
            role: 'partner-contact' as const,
          };
          return { result: after, before: null, after };
        },
      );
    },
  });
}
