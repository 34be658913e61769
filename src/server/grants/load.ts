/** Reading a grant: its row, participants, work packages, split, ledger, and the actor's facts. */
import type { Kysely, Selectable } from 'kysely';
import type { OrganisationType, Restriction, Role } from '../../engine/call-definition/types.ts';
import type { GrantParticipant } from '../../engine/grant/consortium.ts';
import type { SplitCell } from '../../engine/grant/split.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database, GrantsTable } from '../db/schema.ts';
import { conflict, notFound } from '../errors.ts';
import type { Tx } from '../operations/write.ts';
import type { GrantFacts } from '../policies/grant-policies.ts';
import { loadMembership } from '../proposals/repository.ts';

type Db = Kysely<Database> | Tx;
export type GrantRow = Selectable<GrantsTable>;

export async function findGrant(db: Db, id: string, lock?: 'update'): Promise<GrantRow | undefined> {
  let query = db.selectFrom('grants').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The grant and what the policies need about the actor; a grant that does not exist is 404 for all. */
export async function grantWithFacts(
  db: Db,
  id: string,
  actor: Actor | undefined,
  lock?: 'update',
): Promise<{ grant: GrantRow; facts: GrantFacts }> {
  const grant = await findGrant(db, id, lock);
  if (!grant) throw notFound('The grant');
  return { grant, facts: { membership: await loadMembership(db, grant.proposal_id, actor?.id) } };
}

/** A write names the version it read; another write in between is a conflict, never overwritten. */
export function assertVersion(grant: GrantRow, version: number): void {
  if (grant.version !== version)
    throw conflict('The grant has changed since you read it: reload it and try again.', {
      currentVersion: grant.version,
    });
}

export interface GrantParticipantRow extends GrantParticipant {
  organisationId: string | null;
  position: number;
}

/** The participants of the grant now (removed ones left out), with the registry's restriction flag today. */
export async function activeParticipants(db: Db, grantId: string): Promise<GrantParticipantRow[]> {
  const rows = await db
    .selectFrom('grant_participants')
    .leftJoin('organisations', 'organisations.id', 'grant_participants.organisation_id')
    .select([
      'grant_participants.id',
      'grant_participants.position',
      'grant_participants.organisation_id',
      'grant_participants.pic',
      'grant_participants.legal_name',
      'grant_participants.country',
      'grant_participants.type',
      'grant_participants.role',
      'grant_participants.eche',
      'organisations.restriction',
    ])
    .where('grant_participants.grant_id', '=', grantId)
    .where('grant_participants.removed_at', 'is', null)
    .orderBy('grant_participants.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    organisationId: r.organisation_id,
    name: r.legal_name,
    country: r.country,
    type: r.type as OrganisationType,
    role: r.role as Role,
    eche: r.eche,
    pic: r.pic ?? undefined,
    restriction: (r.restriction as Restriction | null) ?? undefined,
  }));
}

/** Every participant ever in the grant, by id: names for the ledger of amendments. */
export async function participantNames(db: Db, grantId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('grant_participants')
    .select(['id', 'legal_name'])
    .where('grant_id', '=', grantId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.legal_name]));
}

export async function workPackages(db: Db, grantId: string) {
  return db
    .selectFrom('grant_work_packages')
    .select(['id', 'number', 'title'])
    .where('grant_id', '=', grantId)
    .orderBy('number')
    .execute();
}

export async function splitCells(db: Db, grantId: string): Promise<SplitCell[]> {
  const rows = await db
    .selectFrom('grant_shares')
    .select(['participant_id', 'work_package_id', 'amount'])
    .where('grant_id', '=', grantId)
    .orderBy('participant_id')
    .orderBy('work_package_id')
    .execute();
  return rows.map((r) => ({
    beneficiaryId: r.participant_id,
    workPackageId: r.work_package_id,
    amount: r.amount,
  }));
}

export async function replaceSplit(tx: Tx, grantId: string, cells: readonly SplitCell[]): Promise<void> {
  await tx.deleteFrom('grant_shares').where('grant_id', '=', grantId).execute();
  const rows = cells
    .filter((c) => c.amount > 0)
    .map((c) => ({
      grant_id: grantId,
      participant_id: c.beneficiaryId,
      work_package_id: c.workPackageId,
      amount: c.amount,
    }));
  if (rows.length > 0) await tx.insertInto('grant_shares').values(rows).execute();
}

export async function ledgerEntries(db: Db, grantId: string) {
  return db
    .selectFrom('grant_ledger')
    .leftJoin('accounts', 'accounts.id', 'grant_ledger.recorded_by')
    .select([
      'grant_ledger.seq',
      'grant_ledger.kind',
      'grant_ledger.period',
      'grant_ledger.amount',
      'grant_ledger.reason',
      'grant_ledger.recorded_at',
      'accounts.name as recordedBy',
    ])
    .where('grant_ledger.grant_id', '=', grantId)
    .orderBy('grant_ledger.seq')
    .execute();
}

export async function paidSoFar(db: Db, grantId: string): Promise<number> {
  return (await ledgerEntries(db, grantId)).reduce((s, e) => s + e.amount, 0);
}

/** One more row of the append-only ledger, numbered after the last. */
export async function appendLedger(
  tx: Tx,
  entry: {
    grantId: string;
    kind: 'pre-financing' | 'interim' | 'final';
    period: number | null;
    amount: number;
    reason: string;
    by: string;
    at: Date;
  },
): Promise<number> {
  const last = await tx
    .selectFrom('grant_ledger')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('grant_id', '=', entry.grantId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await tx
    .insertInto('grant_ledger')
    .values({
      id: `${entry.grantId}#${seq}`,
      grant_id: entry.grantId,
      seq,
      kind: entry.kind,
      period: entry.period,
      amount: entry.amount,
      reason: entry.reason,
      recorded_by: entry.by,
      recorded_at: entry.at,
    })
    .execute();
  return seq;
}

export async function bumpVersion(
  tx: Tx,
  grant: GrantRow,
  set: Partial<Omit<GrantRow, 'id' | 'version'>> = {},
) {
  await tx
    .updateTable('grants')
    .set({ ...set, version: grant.version + 1 })
    .where('id', '=', grant.id)
    .execute();
}
