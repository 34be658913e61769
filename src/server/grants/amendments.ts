/**
 * Changing the consortium of a grant: adding, replacing or removing a beneficiary. In preparation
 * the coordinator does it (to remove or replace a restricted entity, say); after signature it is
 * an amendment. Either way the eligibility engine runs on the consortium the change leaves, and a
 * change that breaks the call's rules is refused with every failing finding, nothing written. After
 * signature a restricted entity is refused too, since no agreement can include it.
 *
 * The split follows: a replacement takes over the shares of the one it replaces; a beneficiary
 * removed in preparation takes its shares out of the grant (the others' costs are unchanged);
 * one removed after signature leaves its shares to the coordinator, so that every work package
 * keeps the share the agreement fixed. A beneficiary added starts with no share.
 */
import { randomUUID } from 'node:crypto';
import type { OrganisationType } from '../../engine/call-definition/types.ts';
import { type Amendment, checkAmendment, type GrantParticipant } from '../../engine/grant/consortium.ts';
import { moveShares } from '../../engine/grant/split.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, HttpError, notFound } from '../errors.ts';
import { canActForConsortium } from '../policies/grant-policies.ts';
import { grantContext } from './consortium-check.ts';
import { activeParticipants, bumpVersion, findGrant, replaceSplit, splitCells } from './load.ts';
import { grantStep } from './step.ts';

export interface AmendmentRequest {
  version: number;
  kind: 'add' | 'replace' | 'remove';
  participantId?: string | undefined;
  organisationId?: string | undefined;
  eche?: boolean | undefined;
  reason: string;
}

export async function changeConsortium(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: AmendmentRequest,
) {
  const state = (await findGrant(deps.db, grantId))?.state;
  const action = state === 'signed' ? 'amend' : 'edit-consortium';
  return grantStep(
    deps,
    actor,
    grantId,
    { action, who: 'coordinator', policy: canActForConsortium, version: body.version },
    async (tx, now, grant) => {
      const participants = await activeParticipants(tx, grantId);
      let joining: GrantParticipant | undefined;
      let organisationId: string | null = null;
      if (body.kind !== 'remove') {
        const org = await tx
          .selectFrom('organisations')
          .select(['id', 'legal_name', 'country', 'type', 'pic', 'restriction'])
          .where('id', '=', body.organisationId!)
          .executeTakeFirst();
        if (!org)
          throw badRequest([
            {
              field: 'organisationId',
              expected: 'an organisation of the registry',
              got: body.organisationId!,
            },
          ]);
        organisationId = org.id;
        joining = {
          id: `a-${randomUUID().slice(0, 8)}`,
          name: org.legal_name,
          country: org.country,
          type: org.type as OrganisationType,
          role: 'beneficiary',
          eche: body.eche ?? false,
          pic: org.pic ?? undefined,
          restriction: org.restriction ?? undefined,
        };
      }
      if (body.participantId !== undefined && !participants.some((p) => p.id === body.participantId))
        throw notFound('The participant');
      const leaving = participants.find((p) => p.id === body.participantId);
      if (leaving?.role === 'coordinator')
        throw badRequest([
          {
            field: 'participantId',
            expected: 'a beneficiary or partner: the coordinator is neither removed nor replaced',
            got: leaving.id,
          },
        ]);
      const amendment: Amendment =
        body.kind === 'add'
          ? { kind: 'add', participant: joining! }
          : body.kind === 'replace'
            ? { kind: 'replace', participantId: body.participantId!, by: joining! }
            : { kind: 'remove', participantId: body.participantId! };
      const ctx = await grantContext(deps, tx, grant);
      const checked = checkAmendment(ctx.book, ctx.base, participants, amendment);
      const refusing =
        grant.state === 'signed' ? checked.blocking : checked.blocking.filter((f) => f.severity === 'error');
      if (refusing.length > 0)
        throw new HttpError(
          422,
          'amendment-refused',
          `The consortium would no longer meet the call: ${refusing.map((f) => f.message.en).join(' ')}`,
          { findings: refusing },
        );

      const cells = await splitCells(tx, grantId);
      let amount = grant.amount;
      if (leaving)
        await tx
          .updateTable('grant_participants')
          .set({ removed_at: now })
          .where('grant_id', '=', grantId)
          .where('id', '=', leaving.id)
          .execute();
      if (joining) {
        await tx
          .insertInto('grant_participants')
          .values({
            grant_id: grantId,
            id: joining.id,
            position: leaving ? leaving.position : Math.max(-1, ...participants.map((p) => p.position)) + 1,
            organisation_id: organisationId,
            pic: joining.pic ?? null,
            legal_name: joining.name,
            country: joining.country,
            type: joining.type,
            role: leaving ? leaving.role : 'beneficiary',
            eche: joining.eche,
            added_at: now,
            removed_at: null,
          })
          .execute();
      }
      if (leaving && joining) {
        await replaceSplit(tx, grantId, moveShares(cells, leaving.id, joining.id));
      } else if (leaving && grant.state === 'signed') {
        const coordinator = participants.find((p) => p.role === 'coordinator')!;
        await replaceSplit(tx, grantId, moveShares(cells, leaving.id, coordinator.id));
      } else if (leaving) {
        amount -= cells.filter((c) => c.beneficiaryId === leaving.id).reduce((s, c) => s + c.amount, 0);
        await replaceSplit(
          tx,
          grantId,
          cells.filter((c) => c.beneficiaryId !== leaving.id),
        );
      }
      await tx
        .insertInto('grant_amendments')
        .values({
          id: randomUUID(),
          grant_id: grantId,
          kind: body.kind,
          participant_id: leaving?.id ?? joining!.id,
          replaced_by: leaving && joining ? joining.id : null,
          findings: JSON.stringify(checked.findings),
          reason: body.reason,
          decided_by: actor!.id,
          decided_at: now,
        })
        .execute();
      await bumpVersion(tx, grant, { amount });
      return {
        result: { version: grant.version + 1, amount },
        before: { participants: participants.map((p) => p.name), amount: grant.amount },
        after: { participants: checked.consortium.map((p) => p.name), amount, reason: body.reason },
      };
    },
  );
}
