/**
 * First start on an empty database: the calls, a demo call open now (a copy of the newest call
 * year, deadline 60 days ahead at 17:00 Brussels time), demo organisations, demo accounts and a
 * demo proposal. The sign-in details are returned once, for printing; only hashes are stored.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { zonedTimeToEpochMs } from '../../engine/deadline/zoned-time.ts';
import { hashPassword } from '../auth/passwords.ts';
import { brusselsLocal } from '../calls/call-book.ts';
import type { ServerDeps } from '../deps.ts';
import { recordAudit } from '../operations/write.ts';
import { DEMO_ACCOUNTS, DEMO_CALL_ID, DEMO_EXPERTS, DEMO_ORGANISATIONS } from './demo-data.ts';
import { seedDemoProposal } from './demo-proposal.ts';

export interface SeededAccount {
  email: string;
  password: string;
  role: string;
  purpose: string;
}

/** 17:00 Brussels time, `days` days after `now`. */
export function demoDeadline(now: Date, days = 60): Date {
  const day = new Date(now.getTime() + days * 86_400_000);
  return new Date(zonedTimeToEpochMs(brusselsLocal(day).date, '17:00', 'Europe/Brussels'));
}

export async function seedIfEmpty(
  deps: ServerDeps,
  demoPassword?: string,
): Promise<SeededAccount[] | undefined> {
  const passwords = new Map(
    DEMO_ACCOUNTS.map((a) => [a.key, demoPassword ?? randomBytes(9).toString('base64url')]),
  );
  const hashes = new Map<string, string>();
  for (const [key, password] of passwords) hashes.set(key, await hashPassword(password));
  return deps.db.transaction().execute(async (tx) => {
    // Several processes may start at once on one PostgreSQL: one seeds, the others find it done.
    await sql`select pg_advisory_xact_lock(424242)`.execute(tx);
    const existing = await tx.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
    if (existing) return undefined;
    const now = deps.clock.now();
    // The real calls' rows are written at every start from the definitions (../calls/sync-call-rows.ts).
    const years = Object.keys(deps.definitions.calls).sort();
    const newest = years[years.length - 1]!;
    await tx
      .insertInto('calls')
      .values({
        id: DEMO_CALL_ID,
        definition_year: newest,
        title: `Demo call: a copy of the ${newest} call, open for 60 days`,
        title_da: `Demoindkaldelse: en kopi af ${newest}-indkaldelsen, åben i 60 dage`,
        is_demo: true,
        deadline_at: demoDeadline(now),
        opens_at: now,
        created_at: now,
      })
      .execute();
    const accountIds = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      const id = randomUUID();
      accountIds.set(a.key, id);
      await tx
        .insertInto('accounts')
        .values({
          id,
          email: a.email,
          name: a.name,
          role: a.role,
          password_hash: hashes.get(a.key)!,
          created_at: now,
        })
        .execute();
    }
    const orgIds = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const id = randomUUID();
      orgIds.set(o.pic, id);
      await tx
        .insertInto('organisations')
        .values({
          id,
          pic: o.pic,
          legal_name: o.legalName,
          country: o.country,
          type: o.type,
          city: o.city,
          validation: 'validated',
          created_by: null,
          created_at: now,
          version: 1,
        })
        .execute();
    }
    for (const e of DEMO_EXPERTS) {
      const account = DEMO_ACCOUNTS.find((a) => a.key === e.account)!;
      await tx
        .insertInto('experts')
        .values({
          id: randomUUID(),
          account_id: accountIds.get(e.account)!,
          name: account.name,
          email: account.email,
          country: e.country,
          employer_pic: e.employerPic,
          topics: JSON.stringify(e.topics),
          lots: JSON.stringify(['lot1', 'lot2', 'lot3']),
          languages: JSON.stringify(e.languages),
          max_load: e.maxLoad,
          created_at: now,
          version: 1,
        })
        .execute();
    }
    const proposalId = await seedDemoProposal(tx, deps, now, accountIds, orgIds);
    await recordAudit(
      tx,
      undefined,
      { action: 'platform.seed', entityType: 'platform', entityId: 'demo', proposalId },
      [
        {
          path: 'demo',
          new: {
            calls: [...years, DEMO_CALL_ID],
            accounts: DEMO_ACCOUNTS.length,
            organisations: DEMO_ORGANISATIONS.length,
          },
        },
      ],
      now,
    );
    return DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      password: passwords.get(a.key)!,
      role: a.role,
      purpose: a.purpose,
    }));
  });
}

export async function receiptKey(deps: Pick<ServerDeps, 'db'>): Promise<string> {
  await deps.db
    .insertInto('server_secrets')
    .values({ name: 'receipt-key', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await deps.db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', 'receipt-key')
    .executeTakeFirstOrThrow();
  return row.value;
}
