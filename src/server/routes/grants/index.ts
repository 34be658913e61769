/** The grant after selection: preparation, signature, reports, assessments, payments, amendments. */
import type { FastifyInstance } from 'fastify';
import { langQuery } from '../../../contracts/evaluation.ts';
import {
  amendmentBody,
  assessmentBody,
  bankAccountBody,
  grantAmount,
  grantAssessed,
  grantList,
  grantOpened,
  grantParams,
  grantPeriodParams,
  grantReportSubmitted,
  grantSigned,
  grantVersioned,
  grantView as grantViewResponse,
  openGrantBody,
  reasonBody,
  reportBody,
  versionBody,
} from '../../../contracts/grants.ts';
import type { ServerDeps } from '../../deps.ts';
import { agreementPdf } from '../../grants/agreement-pdf.ts';
import { changeConsortium } from '../../grants/amendments.ts';
import { openGrant } from '../../grants/open.ts';
import {
  cancelGrant,
  confirmPreparation,
  reopenPreparation,
  saveBankAccount,
  signGrant,
} from '../../grants/preparation.ts';
import { approvePayment, assessReport, submitReport } from '../../grants/reports.ts';
import { grantView, grantList as listGrants } from '../../grants/view.ts';
import { addRoute } from '../../http/route.ts';

export function grantRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/grants',
    summary:
      'The grants the reader may see; for agency staff also the selected and reserve proposals waiting for one',
    tags: ['grants'],
    auth: 'required',
    response: grantList,
    handler: ({ actor }) => listGrants(deps, actor),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants',
    summary: 'Open the grant preparation of a selected proposal (or a reserve one the envelope has room for)',
    tags: ['grants'],
    auth: 'required',
    body: openGrantBody,
    response: grantOpened,
    async handler({ actor, body, reply }) {
      const result = await openGrant(deps, actor, body.proposalId);
      reply.status(201);
      return result;
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/grants/:id',
    summary: 'A grant: consortium, split, bank account, findings, schedule, ledger, reports, amendments',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    response: grantViewResponse,
    handler: ({ actor, params }) => grantView(deps, actor, params.id),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/grants/:id/agreement.pdf',
    summary: 'The grant agreement summary (PDF, ?lang=en|da)',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    query: langQuery,
    produces: 'application/pdf',
    async handler({ actor, params, query, reply }) {
      const pdf = await agreementPdf(await grantView(deps, actor, params.id), query.lang);
      reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="grant-agreement-${params.id}-${query.lang}.pdf"`,
        );
      return reply.send(pdf);
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/grants/:id/bank-account',
    summary: "The coordinator's bank account for the payments (IBAN checked with its mod-97 check digits)",
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: bankAccountBody,
    response: grantVersioned,
    handler: ({ actor, params, body }) => saveBankAccount(deps, actor, params.id, body),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/consortium',
    summary:
      'Add, replace or remove a beneficiary (in preparation, or as an amendment after signature); refused with the findings when the consortium would break the call rules',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: amendmentBody,
    response: grantAmount,
    handler: ({ actor, params, body }) => changeConsortium(deps, actor, params.id, body),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/confirm',
    summary: 'The coordinator confirms participants, bank account and split',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: versionBody,
    response: grantVersioned,
    handler: ({ actor, params, body }) => confirmPreparation(deps, actor, params.id, body.version),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/reopen',
    summary: 'The officer sends a confirmed preparation back to the coordinator, with a reason',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: reasonBody,
    response: grantVersioned,
    handler: ({ actor, params, body }) => reopenPreparation(deps, actor, params.id, body),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/cancel',
    summary: "The officer cancels a preparation before signature; its amount returns to the lot's envelope",
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: reasonBody,
    response: grantVersioned,
    handler: ({ actor, params, body }) => cancelGrant(deps, actor, params.id, body),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/sign',
    summary:
      'The officer signs the grant agreement: refused while a finding blocks it; the pre-financing goes into the ledger',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: versionBody,
    response: grantSigned,
    handler: ({ actor, params, body }) => signGrant(deps, actor, params.id, body.version),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/reports',
    summary: 'The coordinator submits the report of the next reporting period (the last is the final report)',
    tags: ['grants'],
    auth: 'required',
    params: grantParams,
    body: reportBody,
    response: grantReportSubmitted,
    async handler({ actor, params, body, reply }) {
      const result = await submitReport(deps, actor, params.id, body);
      reply.status(201);
      return result;
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/grants/:id/reports/:period/assessment',
    summary:
      "The officer assesses each work package of a period's report; the answer is the payment it gives",
    tags: ['grants'],
    auth: 'required',
    params: grantPeriodParams,
    body: assessmentBody,
    response: grantAssessed,
    handler: ({ actor, params, body }) => assessReport(deps, actor, params.id, params.period, body),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/grants/:id/reports/:period/payment',
    summary:
      'The officer approves the payment of an assessed report: it goes into the ledger (the final one closes the grant)',
    tags: ['grants'],
    auth: 'required',
    params: grantPeriodParams,
    body: versionBody,
    response: grantAmount,
    handler: ({ actor, params, body }) => approvePayment(deps, actor, params.id, params.period, body.version),
  });
}
