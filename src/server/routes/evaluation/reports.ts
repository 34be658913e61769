/** Evaluation summary reports as PDF: the agency's copy (with traces) and the applicant's. */
import type { FastifyInstance } from 'fastify';
import {
  applicantOutcome as applicantOutcomeResponse,
  langQuery,
  proposalParams,
  reportQuery,
} from '../../../contracts/evaluation.ts';
import { reportStatus as reportStatusResponse } from '../../../contracts/evaluation-agency.ts';
import type { ServerDeps } from '../../deps.ts';
import { forbidden } from '../../errors.ts';
import { esrData } from '../../evaluation/esr-data.ts';
import { esrPdf } from '../../evaluation/esr-pdf.ts';
import { applicantOutcome } from '../../evaluation/outcome.ts';
import { reportStatus } from '../../evaluation/report-status.ts';
import { reportsSent } from '../../evaluation/reports.ts';
import { callClosed } from '../../evaluation/screening.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canRunEvaluation } from '../../policies/evaluation-policies.ts';
import { canReadProposal } from '../../policies/policies.ts';
import { loadProposalRow, proposalFacts } from '../../proposals/repository.ts';

export function reportRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/report',
    summary:
      "Whether the applicant's evaluation summary report can be downloaded yet, and when the agency sent it",
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    response: reportStatusResponse,
    async handler({ actor, params }) {
      return reportStatus(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/report.pdf',
    summary:
      'The evaluation summary report (PDF, en or da); view=agency traces every comment to the expert statements',
    tags: ['evaluation'],
    auth: 'required',
    params: proposalParams,
    query: reportQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      enforce(canRunEvaluation(actor, await callClosed(deps, proposal.call_id)));
      const pdf = await esrPdf(await esrData(deps, params.id, query.lang, query.view === 'agency'));
      reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="evaluation-summary-${params.id}-${query.lang}.pdf"`,
        );
      return reply.send(pdf);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/outcome',
    summary:
      "The proposal's outcome for its applicants once the agency has sent the reports (?lang=en|da): selected, reserve or not selected, with the scores",
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    query: langQuery,
    response: applicantOutcomeResponse,
    async handler({ actor, params, query }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
      enforce(canReadProposal(actor, facts));
      if (!facts.membership) throw forbidden('Only the applicants read their outcome here.');
      const status = await reportStatus(deps, actor, params.id);
      if (!status.available || !status.sentAt)
        throw forbidden('The evaluation results have not been sent yet.', 'not-yet');
      return applicantOutcome(await esrData(deps, params.id, query.lang, false), status.sentAt);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/report.pdf',
    summary: "The applicant's evaluation summary report, once the agency has sent the reports",
    tags: ['proposals'],
    auth: 'required',
    params: proposalParams,
    query: reportQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const proposal = await loadProposalRow(deps.db, params.id);
      const facts = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
      enforce(canReadProposal(actor, facts));
      if (!facts.membership) throw forbidden('Only the applicants read their report here.');
      if (!(await reportsSent(deps, proposal.call_id)))
        throw forbidden('The evaluation results have not been sent yet.', 'not-yet');
      const pdf = await esrPdf(await esrData(deps, params.id, query.lang, false));
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="evaluation-summary-${query.lang}.pdf"`);
      return reply.send(pdf);
    },
  });
}
