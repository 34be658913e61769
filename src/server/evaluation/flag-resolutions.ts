/**
 * The chair resolves a flag: an agency officer records, with a reason, how a flag on a proposal's
 * evaluations was decided. The flags themselves are computed (./consensus.ts); what is stored is
 * the resolution, keyed by the flag's key, and the audit trail records it with the flag as seen.
 */
import type { FlagResolutionInput } from '../../contracts/evaluation.ts';
import type { FlagResolution } from '../../engine/evaluation/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { write } from '../operations/write.ts';
import { canResolveChairFlag } from '../policies/evaluation-policies.ts';
import { proposalFlags } from './consensus.ts';
import { callClosed } from './screening.ts';
import { submittedProposal } from './submitted.ts';

export async function resolveFlag(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  input: FlagResolutionInput,
) {
  const p = await submittedProposal(deps.db, proposalId);
  if (!p) throw notFound('A submitted proposal');
  // The flags are computed from the submitted evaluations, which no longer change once the
  // consensus is being drafted; read before the transaction (whose connection is its own).
  const flag = (await proposalFlags(deps, proposalId)).find((f) => f.key === input.flag);
  return write(
    deps,
    actor,
    {
      action: 'chair-flag.resolve',
      entityType: 'chair_flag',
      entityId: `${proposalId}:${input.flag}`,
      proposalId,
    },
    async (_tx, now) => canResolveChairFlag(actor, await callClosed(deps, p.callId, now)),
    async (tx, now) => {
      const report = await tx
        .selectFrom('consensus_reports')
        .select('status')
        .where('proposal_id', '=', proposalId)
        .forUpdate()
        .executeTakeFirst();
      if (report?.status === 'agreed')
        throw conflict('The consensus has been agreed already; its flags are closed with it.', {});
      if (!flag)
        throw badRequest([
          {
            field: 'flag',
            expected: "the key of one of this proposal's flags, as the progress page lists them",
            got: JSON.stringify(input.flag),
          },
        ]);
      const existing = await tx
        .selectFrom('chair_flag_resolutions')
        .select('reason')
        .where('proposal_id', '=', proposalId)
        .where('flag_key', '=', input.flag)
        .executeTakeFirst();
      if (existing)
        throw conflict('This flag has been resolved already.', {
          current: { reason: existing.reason },
        });
      const { resolution: _open, ...seen } = flag;
      await tx
        .insertInto('chair_flag_resolutions')
        .values({
          proposal_id: proposalId,
          flag_key: input.flag,
          flag: JSON.stringify(seen),
          reason: input.reason,
          resolved_by: actor!.id,
          resolved_at: now,
        })
        .execute();
      const resolution: FlagResolution = {
        by: actor!.id,
        byName: actor!.name,
        at: now.toISOString(),
        reason: input.reason,
      };
      return {
        result: { key: input.flag, resolution },
        before: { flag: input.flag, criterion: flag.criterion, resolution: null },
        after: { flag: input.flag, criterion: flag.criterion, message: flag.message, resolution },
      };
    },
  );
}
