/** The expert registry: who evaluates, where they work (employer PIC), what they know, how much. */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { ExpertInput, ExpertUpdate } from '../../contracts/evaluation.ts';
import type { Actor } from '../auth/actor.ts';
import type { ExpertsTable } from '../db/schema.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { write } from '../operations/write.ts';
import { canManageExperts } from '../policies/evaluation-policies.ts';

export function expertView(r: Selectable<ExpertsTable>) {
  return {
    id: r.id,
    accountId: r.account_id,
    name: r.name,
    email: r.email,
    country: r.country,
    employerPic: r.employer_pic,
    topics: r.topics,
    lots: r.lots,
    languages: r.languages,
    maxLoad: r.max_load,
    version: r.version,
  };
}
export type ExpertView = ReturnType<typeof expertView>;

export async function listExperts(deps: ServerDeps): Promise<ExpertView[]> {
  return (await deps.db.selectFrom('experts').selectAll().orderBy('name').execute()).map(expertView);
}

/**
 * The country must be one of the catalogue's (rules/countries.yaml); the contract only knows its
 * shape, the catalogue is data read at run time.
 */
function checkCountry(deps: ServerDeps, country: string | undefined): void {
  if (country === undefined || Object.hasOwn(deps.definitions.catalogue.countries, country)) return;
  throw badRequest([
    {
      field: 'country',
      expected: 'a country code from the country catalogue (GET /api/v1/catalogue), e.g. DK for Denmark',
      got: JSON.stringify(country),
    },
  ]);
}

/** Registers an expert; linked to the expert account with the same e-mail address, if there is one. */
export async function createExpert(deps: ServerDeps, actor: Actor | undefined, input: ExpertInput) {
  checkCountry(deps, input.country);
  const id = randomUUID();
  return write(
    deps,
    actor,
    { action: 'expert.create', entityType: 'expert', entityId: id },
    () => canManageExperts(actor),
    async (tx, now) => {
      if (await tx.selectFrom('experts').select('id').where('email', '=', input.email).executeTakeFirst()) {
        throw badRequest([
          {
            field: 'email',
            expected: 'an expert not yet in the registry',
            got: JSON.stringify(input.email),
            code: 'taken',
          },
        ]);
      }
      const account = await tx
        .selectFrom('accounts')
        .select(['id', 'role'])
        .where('email', '=', input.email)
        .executeTakeFirst();
      const row = {
        id,
        account_id: account?.role === 'expert' ? account.id : null,
        name: input.name,
        email: input.email,
        country: input.country,
        employer_pic: input.employerPic,
        topics: JSON.stringify(input.topics),
        lots: JSON.stringify(input.lots),
        languages: JSON.stringify(input.languages),
        max_load: input.maxLoad,
        created_at: now,
        version: 1,
      };
      await tx.insertInto('experts').values(row).execute();
      const view = { id, ...input, accountId: row.account_id, version: 1 };
      return { result: view, before: null, after: view };
    },
  );
}

export async function updateExpert(
  deps: ServerDeps,
  actor: Actor | undefined,
  id: string,
  input: ExpertUpdate,
) {
  checkCountry(deps, input.country);
  return write(
    deps,
    actor,
    { action: 'expert.update', entityType: 'expert', entityId: id },
    () => canManageExperts(actor),
    async (tx) => {
      const row = await tx
        .selectFrom('experts')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound('The expert');
      const before = expertView(row);
      if (row.version !== input.version)
        throw conflict(`The expert was changed after version ${input.version}.`, { current: before });
      const changes = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.email !== undefined && { email: input.email }),
        ...(input.country !== undefined && { country: input.country }),
        ...(input.employerPic !== undefined && { employer_pic: input.employerPic }),
        ...(input.topics !== undefined && { topics: JSON.stringify(input.topics) }),
        ...(input.lots !== undefined && { lots: JSON.stringify(input.lots) }),
        ...(input.languages !== undefined && { languages: JSON.stringify(input.languages) }),
        ...(input.maxLoad !== undefined && { max_load: input.maxLoad }),
        version: row.version + 1,
      };
      await tx.updateTable('experts').set(changes).where('id', '=', id).execute();
      const after = expertView(
        await tx.selectFrom('experts').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
      return { result: after, before, after };
    },
  );
}

/** The registry entry of a signed-in expert account. */
export async function expertOfAccount(deps: ServerDeps, accountId: string) {
  return deps.db.selectFrom('experts').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}
