/** Creating a proposal: the applicant who creates it becomes the coordinator's contact. */
import { randomUUID } from 'node:crypto';
import type { LotId } from '../../engine/call-definition/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, forbidden } from '../errors.ts';
import { type Tx, write } from '../operations/write.ts';
import { canCreateProposal } from '../policies/policies.ts';
import { initialSections } from './defaults.ts';

export interface CreateProposalInput {
  callId: string;
  lot: string;
  organisationId: string;
  durationMonths?: number | undefined;
  ecosystem?: string | null | undefined;
  acronym?: string | undefined;
  title?: string | undefined;
}

export async function insertSection(
  tx: Tx,
  proposalId: string,
  key: string,
  data: unknown,
  by: string,
  now: Date,
) {
  const json = JSON.stringify(data);
  await tx
    .insertInto('proposal_sections')
    .values({ proposal_id: proposalId, key, version: 1, data: json, updated_at: now, updated_by: by })
    .execute();
  await tx
    .insertInto('proposal_section_versions')
    .values({ proposal_id: proposalId, key, version: 1, data: json, created_at: now, created_by: by })
    .execute();
}

export async function createProposal(deps: ServerDeps, actor: Actor | undefined, input: CreateProposalInput) {
  const book = await deps.calls.ruleBook(input.callId);
  const call = book.calls[input.callId];
  if (!call) {
    throw badRequest([
      {
        field: 'callId',
        expected: `one of the calls ${Object.keys(book.calls).join(', ')}`,
        got: JSON.stringify(input.callId),
        code: 'invalid_enum',
        params: { allowed: Object.keys(book.calls) },
      },
    ]);
  }
  if (!call.lots[input.lot as LotId]) {
    throw badRequest([
      {
        field: 'lot',
        expected: `a lot of this call: ${Object.keys(call.lots).join(', ')}`,
        got: JSON.stringify(input.lot),
        code: 'invalid_enum',
        params: { allowed: Object.keys(call.lots) },
      },
    ]);
  }
  const proposalId = randomUUID();
  const participantId = `p-${randomUUID().slice(0, 8)}`;
  return write(
    deps,
    actor,
    { action: 'proposal.create', entityType: 'proposal', entityId: proposalId, proposalId },
    () => canCreateProposal(actor),
    async (tx, now) => {
      const deadline = await deps.calls.deadline(input.callId);
      if (now.getTime() >= deadline.getTime()) throw forbidden('The call has closed.', 'deadline-passed');
      const organisation = await tx
        .selectFrom('organisations')
        .select(['id'])
        .where('id', '=', input.organisationId)
        .executeTakeFirst();
      if (!organisation) {
        throw badRequest([
          {
            field: 'organisationId',
            expected: 'the id of an organisation in the registry',
            got: JSON.stringify(input.organisationId),
            code: 'unknown_reference',
          },
        ]);
      }
      await tx
        .insertInto('proposals')
        .values({
          id: proposalId,
          call_id: input.callId,
          state: 'draft',
          created_by: actor!.id,
          created_at: now,
          updated_at: now,
          last_submission_id: null,
        })
        .execute();
      const sections = initialSections(call, {
        lot: input.lot as LotId,
        durationMonths: input.durationMonths,
        ecosystem: input.ecosystem,
        acronym: input.acronym,
        title: input.title,
        coordinatorOrganisationId: input.organisationId,
        coordinatorParticipantId: participantId,
        coordinatorContact: { name: actor!.name, email: actor!.email },
      });
      for (const [key, data] of sections) await insertSection(tx, proposalId, key, data, actor!.id, now);
      await tx
        .insertInto('proposal_members')
        .values({
          proposal_id: proposalId,
          account_id: actor!.id,
          role: 'coordinator-contact',
          participant_id: participantId,
          created_at: now,
        })
        .execute();
      return {
        result: { id: proposalId },
        before: null,
        after: { callId: input.callId, state: 'draft', sections: Object.fromEntries(sections) },
      };
    },
  );
}
