/** Proposals: list, create, read with their review, and save one section at a time. */
import type { FastifyInstance } from 'fastify';
import {
  createBody,
  decision,
  proposalList,
  proposalPage as proposalPageResponse,
  proposalParams,
  proposalView as proposalResponse,
  sectionBody,
  sectionParams,
  sectionSaved,
  sectionVersion,
  sectionVersions,
  versionParams,
} from '../../../contracts/proposals.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canEditSection, canReadProposal } from '../../policies/policies.ts';
import { createProposal } from '../../proposals/create.ts';
import { announceSectionSaved } from '../../proposals/events/section-saved.ts';
import { listProposals } from '../../proposals/list.ts';
import { assertHistoryReadable } from '../../proposals/readable.ts';
import { loadProposalRow, proposalFacts } from '../../proposals/repository.ts';
import { sectionSaveView } from '../../proposals/save-view.ts';
import { saveSection } from '../../proposals/update-section.ts';
import { proposalPage, proposalView } from '../../proposals/view.ts';

export function proposalRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals',
    summary: 'The proposals I take part in; for agency staff, the submitted proposals of closed calls',
    tags: ['proposals'],
    auth: 'required',
    response: proposalList,
    async handler({ actor }) {
      return listProposals(deps, actor!);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals',
    summary: "Start a proposal in an open call; the creator becomes the coordinator's contact",
    tags: ['proposals'],
    auth: 'required',
    body: createBody,
    response: proposalResponse,
    async handler({ actor, body, reply }) {
      const created = await createProposal(deps, actor, body);
      reply.status(201);
      return proposalView(deps, actor, created.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id',
    summary:
      'A proposal: its sections with versions, its review (eligibility, form, budget), permissions, receipts',
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    response: proposalPageResponse,
    async handler({ actor, params }) {
      return proposalPage(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/proposals/:id/sections/:key',
    summary: 'Save one section; a stale version gets 409 with what changed since, and nothing is overwritten',
    tags: ['proposals'],
    auth: 'required',
    params: sectionParams,
    body: sectionBody,
    response: sectionSaved,
    async handler({ actor, params, body }) {
      const save = await saveSection(deps, actor, params.id, params.key, {
        version: body.version,
        data: body.data,
      });
      // Not awaited: the save is stored; telling the others costs the saver no round trip. Not
      // inside the save's transaction either: PostgreSQL serialises the commits of transactions
      // that NOTIFY on one lock for the whole database, held until the commit is on disk, so
      // every save would wait for every other (measured: bench:rush fell to the baseline's rate).
      void announceSectionSaved(deps, actor!, params.id, save.saved);
      return sectionSaveView(deps, actor!, save);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/sections/:key/versions',
    summary: 'The saved versions of a section: who saved each and when',
    tags: ['proposals'],
    auth: 'required',
    params: sectionParams,
    response: sectionVersions,
    async handler({ actor, params }) {
      await assertHistoryReadable(deps, actor, params.id);
      const rows = await deps.db
        .selectFrom('proposal_section_versions')
        .innerJoin('accounts', 'accounts.id', 'proposal_section_versions.created_by')
        .select(['version', 'proposal_section_versions.created_at', 'accounts.name'])
        .where('proposal_id', '=', params.id)
        .where('key', '=', params.key)
        .orderBy('version')
        .execute();
      if (rows.length === 0) throw notFound(`The section "${params.key}"`);
      return rows.map((r) => ({ version: r.version, savedAt: r.created_at.toISOString(), savedBy: r.name }));
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/sections/:key/versions/:version',
    summary: 'One saved version of a section',
    tags: ['proposals'],
    auth: 'required',
    params: versionParams,
    response: sectionVersion,
    async handler({ actor, params }) {
      await assertHistoryReadable(deps, actor, params.id);
      const row = await deps.db
        .selectFrom('proposal_section_versions')
        .select(['version', 'data', 'created_at'])
        .where('proposal_id', '=', params.id)
        .where('key', '=', params.key)
        .where('version', '=', params.version)
        .executeTakeFirst();
      if (!row) throw notFound(`Version ${params.version} of "${params.key}"`);
      return { key: params.key, version: row.version, data: row.data, savedAt: row.created_at.toISOString() };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/sections/:key/permission',
    summary: 'Whether I may save this section now, and if not, why',
    tags: ['proposals'],
    auth: 'required',
    params: sectionParams,
    response: decision,
    async handler({ actor, params }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
      enforce(canReadProposal(actor, facts));
      return canEditSection(actor, facts, params.key);
    },
  });
}

export async function assertReadable(
  deps: ServerDeps,
  actor: Parameters<typeof canReadProposal>[0],
  id: string,
) {
  const proposal = await loadProposalRow(deps.db, id);
  enforce(
    canReadProposal(actor, await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor)),
  );
  return proposal;
}
