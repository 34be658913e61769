/** Each submitted version as files: its receipt as PDF, and the proposal as it was submitted, as PDF. */
import type { FastifyInstance } from 'fastify';
import { langQuery } from '../../../contracts/evaluation.ts';
import { submissionParams } from '../../../contracts/proposals.ts';
import { documentBudget } from '../../../engine/proposal/document.ts';
import type { Actor } from '../../auth/actor.ts';
import { brusselsLocal } from '../../calls/call-book.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { proposalPdf } from '../../exports/proposal-pdf.ts';
import { receiptPdf } from '../../exports/receipt-pdf.ts';
import { submittedDocument } from '../../exports/submitted-document.ts';
import { receiptFiles } from '../../files/proposal-files.ts';
import { addRoute } from '../../http/route.ts';
import { readsSubmittedVersionOnly } from '../../policies/policies.ts';
import type { ProposalContent } from '../../proposals/content.ts';
import { readableRow } from '../../proposals/readable.ts';
import { refuseIfWithdrawn } from '../../proposals/submitted-version.ts';

const fileBase = (acronym: string) => (acronym || 'proposal').replace(/[^A-Za-z0-9_-]+/g, '-');

export function submissionFileRoutes(app: FastifyInstance, deps: ServerDeps): void {
  /**
   * One submitted version the reader may see: its applicants see every version; agency staff only
   * the last one (earlier ones do not exist for them), and nothing of a withdrawn proposal.
   */
  const version = async (actor: Actor | undefined, id: string, number: number) => {
    const { proposal, facts } = await readableRow(deps, actor, id);
    const agency = readsSubmittedVersionOnly(facts);
    if (agency) await refuseIfWithdrawn(deps, proposal);
    const row = await deps.db
      .selectFrom('submissions')
      .innerJoin('accounts', 'accounts.id', 'submissions.submitted_by')
      .selectAll('submissions')
      .select('accounts.name as submittedBy')
      .where('proposal_id', '=', id)
      .where('number', '=', number)
      .executeTakeFirst();
    if (!row || (agency && row.id !== proposal.last_submission_id)) throw notFound(`Submission ${number}`);
    return { proposal, row, content: JSON.parse(row.canonical) as ProposalContent };
  };

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/submissions/:number/receipt.pdf',
    summary: 'The receipt of one submitted version as PDF (?lang=en|da): code, Brussels time, SHA-256',
    tags: ['submissions'],
    auth: 'required',
    params: submissionParams,
    query: langQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const { row, content } = await version(actor, params.id, params.number);
      const local = brusselsLocal(row.submitted_at);
      const file = await receiptPdf({
        lang: query.lang,
        acronym: content.acronym,
        title: content.title,
        callIdentifier: content.call.identifier,
        number: row.number,
        receiptCode: row.receipt_code,
        submittedAtBrussels: `${local.date} ${local.time}`,
        submittedAt: row.submitted_at.toISOString(),
        submittedBy: row.submittedBy,
        sha256: row.sha256,
        signature: row.signature,
        files: await receiptFiles(deps.db, params.id, row.id),
      });
      reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${fileBase(content.acronym)}-receipt-v${row.number}.pdf"`,
        );
      return reply.send(file);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/submissions/:number/proposal.pdf',
    summary: 'One submitted version of the proposal as PDF (?lang=en|da), as it was submitted',
    tags: ['submissions'],
    auth: 'required',
    params: submissionParams,
    query: langQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const { proposal, row, content } = await version(actor, params.id, params.number);
      const book = await deps.calls.ruleBook(proposal.call_id);
      const call = book.calls[proposal.call_id]!;
      const doc = submittedDocument(content, proposal.call_id);
      const file = await proposalPdf({
        doc,
        call,
        budget: documentBudget(doc, call),
        catalogue: book.catalogue,
        lang: query.lang,
        generatedAt: row.submitted_at,
      });
      reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${fileBase(content.acronym)}-proposal-v${row.number}.pdf"`,
        );
      return reply.send(file);
    },
  });
}
