/** Downloads: the proposal as re-importable JSON, the budget as XLSX, the audit trail; and import. */
import type { FastifyInstance } from 'fastify';
import {
  auditList,
  auditQuery,
  proposalParams,
  proposalView as proposalResponse,
} from '../../../contracts/proposals.ts';
import { reviewProposal } from '../../../engine/proposal/review.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ServerDeps } from '../../deps.ts';
import { budgetWorkbook } from '../../exports/budget-xlsx.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canReadAudit, readsSubmittedVersionOnly } from '../../policies/policies.ts';
import { agencyAuditRows, auditCsv, auditRows } from '../../proposals/audit-export.ts';
import { proposalContent } from '../../proposals/content.ts';
import { importProposal, importSchema } from '../../proposals/import.ts';
import { readableContent } from '../../proposals/readable.ts';
import { loadProposalRow, proposalFacts } from '../../proposals/repository.ts';
import { proposalView } from '../../proposals/view.ts';

/** The document the reader may see (agency staff: the last submitted version) and its review. */
async function documentAndReview(deps: ServerDeps, actor: Actor | undefined, id: string) {
  const { proposal, document: doc, submitted } = await readableContent(deps, actor, id);
  const book = await deps.calls.ruleBook(proposal.call_id);
  const review = reviewProposal(book, doc, submitted?.submittedAt.toISOString());
  return { doc, book, call: book.calls[proposal.call_id]!, review, submitted };
}

function fileName(doc: { general: { acronym: string } }, suffix: string): string {
  const base = (doc.general.acronym || 'proposal').replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${base}-${suffix}`;
}

export function exportRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/export.json',
    summary: 'The current proposal as canonical JSON, re-importable with POST /api/v1/proposals/import',
    tags: ['exports'],
    auth: 'required',
    params: proposalParams,
    produces: 'application/json',
    async handler({ actor, params, reply }) {
      const { doc, call, review, submitted } = await documentAndReview(deps, actor, params.id);
      reply.header('content-disposition', `attachment; filename="${fileName(doc, 'proposal.json')}"`);
      // The submitted version is given exactly as it was frozen and hashed.
      return submitted?.content ?? proposalContent(doc, call, review.budget);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals/import',
    summary: 'Create a new draft from an exported proposal (organisations matched by PIC)',
    tags: ['exports'],
    auth: 'required',
    body: importSchema,
    response: proposalResponse,
    async handler({ actor, body, reply }) {
      const { id } = await importProposal(deps, actor, body);
      reply.status(201);
      return proposalView(deps, actor, id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/budget.xlsx',
    summary:
      'The detailed budget table as XLSX: a summary and a sheet per beneficiary, work packages as columns',
    tags: ['exports'],
    auth: 'required',
    params: proposalParams,
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    async handler({ actor, params, reply }) {
      const { doc, review } = await documentAndReview(deps, actor, params.id);
      const file = await budgetWorkbook(doc, review.budget);
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(doc, 'budget.xlsx')}"`);
      return reply.send(file);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/audit',
    summary: 'Every change to the proposal: who, when, what (old and new values); ?format=csv for a file',
    tags: ['audit'],
    auth: 'required',
    params: proposalParams,
    query: auditQuery,
    response: auditList,
    async handler({ actor, params, query, reply }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
      enforce(canReadAudit(actor, facts));
      const rows = readsSubmittedVersionOnly(facts)
        ? agencyAuditRows(await auditRows(deps, params.id), proposal.state)
        : await auditRows(deps, params.id);
      if (query.format === 'csv') {
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="proposal-${params.id}-audit.csv"`);
        return reply.send(auditCsv(rows));
      }
      return rows;
    },
  });
}
