/** The proposal as a PDF, for its applicants (and agency staff once it may be read: the submitted version). */
import type { FastifyInstance } from 'fastify';
import { langQuery } from '../../../contracts/evaluation.ts';
import { proposalParams } from '../../../contracts/proposals.ts';
import { reviewProposal } from '../../../engine/proposal/review.ts';
import type { ServerDeps } from '../../deps.ts';
import { proposalPdf } from '../../exports/proposal-pdf.ts';
import { addRoute } from '../../http/route.ts';
import { readableContent } from '../../proposals/readable.ts';

export function pdfRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/proposal.pdf',
    summary:
      'The proposal as PDF (?lang=en|da): title page, participants, work packages with deliverables, budget summary, answers',
    tags: ['exports'],
    auth: 'required',
    params: proposalParams,
    query: langQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const { proposal, document: doc, submitted } = await readableContent(deps, actor, params.id);
      const book = await deps.calls.ruleBook(proposal.call_id);
      const review = reviewProposal(book, doc, submitted?.submittedAt.toISOString());
      const file = await proposalPdf({
        doc,
        call: book.calls[proposal.call_id]!,
        budget: review.budget,
        catalogue: book.catalogue,
        lang: query.lang,
        generatedAt: deps.clock.now(),
      });
      const base = (doc.general.acronym || 'proposal').replace(/[^A-Za-z0-9_-]+/g, '-');
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${base}-proposal.pdf"`);
      return reply.send(file);
    },
  });
}
