/**
 * Who has which section of a proposal open: the editor says so on opening a tab, every 20
 * seconds while it stays open, and with an empty list on leaving. Someone not heard of for a
 * minute has gone. Presence is no change to the proposal: it is kept beside it (not in the
 * audit trail, which would fill with heartbeats) and refreshed in place.
 */
import { sql } from 'kysely';
import type { OtherEditor } from '../../../contracts/proposal-events.ts';
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import type { Actor } from '../../auth/actor.ts';
import { runInTransaction } from '../../db/transaction-guard.ts';
import type { ServerDeps } from '../../deps.ts';
import { enforce } from '../../operations/write.ts';
import { canEditSection } from '../../policies/policies.ts';
import { canAnnouncePresence } from '../../policies/presence-policies.ts';
import { loadProposalRow, proposalFacts } from '../repository.ts';
import { eventsOf } from './events-of.ts';

/** How often the editor says it is still there, and when silence means it has gone. */
export const HEARTBEAT_MS = 20_000;
export const GONE_AFTER_MS = 60_000;

/**
 * Records the sections the actor has open now (only those they may edit: being "also editing"
 * a section one can only read means nothing to the others), and tells the proposal's listeners
 * when that changed.
 */
export async function announcePresence(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  sections: string[],
): Promise<void> {
  const proposal = await loadProposalRow(deps.db, proposalId);
  const now = deps.clock.now();
  const facts = await proposalFacts(deps.db, deps.calls, now, proposal, actor);
  enforce(canAnnouncePresence(actor, facts));
  const open = [...new Set(sections)].filter((key) => canEditSection(actor, facts, key).allowed).sort();
  const changed = await deps.db.transaction().execute((tx) =>
    runInTransaction('proposal.presence', async () => {
      const before = await tx
        .selectFrom('editing_presence')
        .select(['account_id', 'section_key', 'seen_at'])
        .where('proposal_id', '=', proposalId)
        .execute();
      const gone = new Date(now.getTime() - GONE_AFTER_MS);
      const mine = before
        .filter((r) => r.account_id === actor!.id && r.seen_at > gone)
        .map((r) => r.section_key)
        .sort();
      const expired = before.some((r) => r.seen_at <= gone);
      await tx
        .deleteFrom('editing_presence')
        .where('proposal_id', '=', proposalId)
        .where((eb) =>
          eb.or([
            eb('seen_at', '<=', gone),
            eb.and([
              eb('account_id', '=', actor!.id),
              open.length > 0 ? eb('section_key', 'not in', open) : sql<boolean>`true`,
            ]),
          ]),
        )
        .execute();
      if (open.length > 0) {
        await tx
          .insertInto('editing_presence')
          .values(
            open.map((key) => ({
              proposal_id: proposalId,
              account_id: actor!.id,
              section_key: key,
              seen_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['proposal_id', 'account_id', 'section_key']).doUpdateSet({ seen_at: now }),
          )
          .execute();
      }
      return expired || mine.join('\n') !== open.join('\n');
    }),
  );
  if (changed) await eventsOf(deps).publish({ type: 'presence-changed', proposalId });
}

/** Everyone but `except` who has a section of the proposal open, with their organisation. */
export async function otherEditors(
  deps: ServerDeps,
  proposalId: string,
  except: string | undefined,
): Promise<OtherEditor[]> {
  const gone = new Date(deps.clock.now().getTime() - GONE_AFTER_MS);
  let query = deps.db
    .selectFrom('editing_presence')
    .innerJoin('accounts', 'accounts.id', 'editing_presence.account_id')
    .leftJoin('proposal_members', (join) =>
      join
        .onRef('proposal_members.proposal_id', '=', 'editing_presence.proposal_id')
        .onRef('proposal_members.account_id', '=', 'editing_presence.account_id'),
    )
    .select([
      'editing_presence.section_key',
      'editing_presence.account_id',
      'accounts.name',
      'proposal_members.role',
      'proposal_members.participant_id',
    ])
    .where('editing_presence.proposal_id', '=', proposalId)
    .where('editing_presence.seen_at', '>', gone);
  if (except) query = query.where('editing_presence.account_id', '<>', except);
  const rows = await query.orderBy('accounts.name').orderBy('editing_presence.section_key').execute();
  if (rows.length === 0) return [];
  const consortium = await deps.db
    .selectFrom('proposal_sections')
    .select('data')
    .where('proposal_id', '=', proposalId)
    .where('key', '=', 'consortium')
    .executeTakeFirst();
  const participants = (consortium?.data as ConsortiumSection | undefined)?.participants ?? [];
  const organisationIds = [...new Set(participants.map((p) => p.organisationId))];
  const names = new Map(
    organisationIds.length === 0
      ? []
      : (
          await deps.db
            .selectFrom('organisations')
            .select(['id', 'legal_name'])
            .where('id', 'in', organisationIds)
            .execute()
        ).map((o) => [o.id, o.legal_name]),
  );
  return rows.map((r) => {
    // A partner's contact acts for their participant; the coordinator's for the coordinator.
    const participant =
      r.role === 'coordinator-contact'
        ? participants.find((p) => p.role === 'coordinator')
        : participants.find((p) => p.id === r.participant_id);
    return {
      section: r.section_key,
      accountId: r.account_id,
      name: r.name,
      organisation: participant ? (names.get(participant.organisationId) ?? null) : null,
    };
  });
}
