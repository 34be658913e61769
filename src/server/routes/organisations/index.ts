/** The organisation registry: search by name, PIC, country and type; register; correct. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import {
  createBody,
  idParams,
  type Organisation,
  organisation,
  organisationList,
  searchQuery,
  updateBody,
} from '../../../contracts/organisations.ts';
import type { OrganisationType, Restriction } from '../../../engine/call-definition/types.ts';
import type { OrganisationsTable } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { enforce, write } from '../../operations/write.ts';
import { canSetOrganisationRestriction } from '../../policies/organisation-restriction.ts';
import { canEditOrganisation, canUseRegistry } from '../../policies/policies.ts';
import { isConfirmedContact } from './contacts.ts';
import { FOLD, foldForSearch } from './search-fold.ts';

export function organisationView(
  r: Omit<Selectable<OrganisationsTable>, 'restriction'> & { restriction?: Restriction | null },
): Organisation {
  return {
    id: r.id,
    pic: r.pic,
    legalName: r.legal_name,
    country: r.country,
    // The registry stores only the types the request schema accepts.
    type: r.type as OrganisationType,
    city: r.city,
    validation: r.validation,
    restriction: r.restriction ?? null,
    version: r.version,
  };
}

function picTaken(pic: string) {
  return badRequest(
    [{ field: 'pic', expected: 'a PIC not yet in the registry', got: JSON.stringify(pic), code: 'taken' }],
    'This PIC is registered already; use that organisation.',
  );
}

export function organisationRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations',
    summary: 'Search the registry by name, PIC, country and type',
    tags: ['organisations'],
    auth: 'required',
    query: searchQuery,
    response: organisationList,
    async handler({ actor, query }) {
      enforce(canUseRegistry(actor));
      let q = deps.db.selectFrom('organisations').selectAll();
      if (query.q)
        // Accents and case do not matter: both sides folded by the same table (search-fold.ts).
        q = q.where((eb) =>
          eb(
            eb.fn('translate', [eb.ref('legal_name'), eb.val(FOLD.from), eb.val(FOLD.to)]),
            'like',
            `%${foldForSearch(query.q!).replace(/[%_\\]/g, '\\$&')}%`,
          ),
        );
      if (query.pic) q = q.where('pic', 'like', `${query.pic.replace(/\D/g, '')}%`);
      if (query.country) q = q.where('country', '=', query.country.toUpperCase());
      if (query.type) q = q.where('type', '=', query.type);
      const rows = await q.orderBy('legal_name').limit(query.limit).execute();
      return rows.map(organisationView);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id',
    summary: 'One organisation of the registry',
    tags: ['organisations'],
    auth: 'required',
    params: idParams,
    response: organisation,
    async handler({ actor, params }) {
      enforce(canUseRegistry(actor));
      const row = await deps.db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!row) throw notFound('The organisation');
      return organisationView(row);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations',
    summary: 'Register an organisation (declared; the agency validates it if the proposal is selected)',
    tags: ['organisations'],
    auth: 'required',
    body: createBody,
    response: organisation,
    async handler({ actor, body, reply }) {
      const id = randomUUID();
      const created = await write(
        deps,
        actor,
        { action: 'organisation.create', entityType: 'organisation', entityId: id },
        () => canUseRegistry(actor),
        async (tx, now) => {
          if (
            body.pic &&
            (await tx.selectFrom('organisations').select('id').where('pic', '=', body.pic).executeTakeFirst())
          ) {
            throw picTaken(body.pic);
          }
          const row = {
            id,
            pic: body.pic ?? null,
            legal_name: body.legalName,
            country: body.country,
            type: body.type,
            city: body.city ?? null,
            validation: 'declared' as const,
            created_by: actor!.id,
            created_at: now,
            version: 1,
          };
          await tx.insertInto('organisations').values(row).execute();
          const view = organisationView(row);
          return { result: view, before: null, after: view };
        },
      );
      reply.status(201);
      return created;
    },
  });

  addRoute(app, {
    method: 'PATCH',
    url: '/api/v1/organisations/:id',
    summary: 'Correct an organisation; a stale version gets 409 with the current record',
    tags: ['organisations'],
    auth: 'required',
    params: idParams,
    body: updateBody,
    response: organisation,
    async handler({ actor, params, body }) {
      return write(
        deps,
        actor,
        { action: 'organisation.update', entityType: 'organisation', entityId: params.id },
        async (tx) => {
          const row = await tx
            .selectFrom('organisations')
            .selectAll()
            .where('id', '=', params.id)
            .forUpdate()
            .executeTakeFirst();
          if (!row) throw notFound('The organisation');
          if (body.restriction !== undefined && body.restriction !== row.restriction) {
            const mayRestrict = canSetOrganisationRestriction(actor);
            if (!mayRestrict.allowed) return mayRestrict;
          }
          const confirmedContact = await isConfirmedContact(
            tx,
            { id: row.id, createdBy: row.created_by },
            actor!.id,
          );
          return canEditOrganisation(
            actor,
            { validation: row.validation, createdBy: row.created_by, confirmedContact },
            body.validation !== undefined && body.validation !== row.validation,
          );
        },
        async (tx) => {
          const row = (await tx
            .selectFrom('organisations')
            .selectAll()
            .where('id', '=', params.id)
            .executeTakeFirst())!;
          if (row.version !== body.version) {
            throw conflict(`The organisation was changed after version ${body.version}.`, {
              current: organisationView(row),
            });
          }
          if (body.pic && body.pic !== row.pic) {
            const other = await tx
              .selectFrom('organisations')
              .select('id')
              .where('pic', '=', body.pic)
              .executeTakeFirst();
            if (other) throw picTaken(body.pic);
          }
          const changes = {
            ...(body.legalName !== undefined && { legal_name: body.legalName }),
            ...(body.pic !== undefined && { pic: body.pic }),
            ...(body.country !== undefined && { country: body.country }),
            ...(body.type !== undefined && { type: body.type }),
            ...(body.city !== undefined && { city: body.city }),
            ...(body.validation !== undefined && { validation: body.validation }),
            ...(body.restriction !== undefined && { restriction: body.restriction }),
          };
          await tx
            .updateTable('organisations')
            .set({ ...changes, version: row.version + 1 })
            .where('id', '=', params.id)
            .execute();
          const after = { ...row, ...changes, version: row.version + 1 };
          return {
            result: organisationView(after),
            before: organisationView(row),
            after: organisationView(after),
          };
        },
      );
    },
  });
}
