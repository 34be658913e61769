/** The organisation registry: search by name, PIC, country and type; register; correct. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import type { OrganisationsTable } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { enforce, write } from '../../operations/write.ts';
import { canEditOrganisation, canUseRegistry } from '../../policies/policies.ts';
import { createBody, idParams, searchQuery, updateBody } from './schema.ts';
import { FOLD, foldForSearch } from './search-fold.ts';

export function organisationView(r: Selectable<OrganisationsTable>) {
  return {
    id: r.id,
    pic: r.pic,
    legalName: r.legal_name,
    country: r.country,
    type: r.type,
    city: r.city,
    validation: r.validation,
    version: r.version,
  };
}

function picTaken(pic: string) {
  return badRequest(
    [{ field: 'pic', expected: 'a PIC not yet in the registry', got: JSON.stringify(pic) }],
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
          const represents = await tx
            .selectFrom('proposal_members')
            .innerJoin('proposal_sections', (join) =>
              join
                .onRef('proposal_sections.proposal_id', '=', 'proposal_members.proposal_id')
                .on('proposal_sections.key', '=', 'consortium'),
            )
            .select(['proposal_members.participant_id', 'proposal_sections.data'])
            .where('proposal_members.account_id', '=', actor!.id)
            .execute();
          const representsIt = represents.some((m) =>
            ((m.data as { participants: { id: string; organisationId: string }[] }).participants ?? []).some(
              (p) => p.id === m.participant_id && p.organisationId === params.id,
            ),
          );
          return canEditOrganisation(
            actor,
            { validation: row.validation, createdBy: row.created_by, representsIt },
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
