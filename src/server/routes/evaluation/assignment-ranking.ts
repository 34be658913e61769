/** Assignment, progress, ranking with its what-if simulator, the ranking file, and sending the reports. */
import type { FastifyInstance } from 'fastify';
import {
  callParams,
  changeBody,
  flagResolutionBody,
  langQuery,
  proposalParams,
  rankingBody,
} from '../../../contracts/evaluation.ts';
import {
  assignmentChanged,
  assignmentConfirmed,
  assignmentProposal,
  confirmedRanking as confirmedRankingResponse,
  flagResolved,
  progressList,
  rankingConfirmed,
  reportsSent as reportsSentResponse,
  simulation,
} from '../../../contracts/evaluation-agency.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { changeAssignment, confirmAssignment, proposeAssignment } from '../../evaluation/assignment.ts';
import { resolveFlag } from '../../evaluation/flag-resolutions.ts';
import { evaluationProgress } from '../../evaluation/progress.ts';
import { confirmedRanking, confirmRanking, rankingInput, simulateRanking } from '../../evaluation/ranking.ts';
import { rankingWorkbook } from '../../evaluation/ranking-xlsx.ts';
import { sendReports } from '../../evaluation/reports.ts';
import { callClosed } from '../../evaluation/screening.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canRunEvaluation } from '../../policies/evaluation-policies.ts';

export function assignmentRankingRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/assignment/propose',
    summary:
      'The optimal assignment for the proposals that passed screening, explained pair by pair; nothing is stored',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: assignmentProposal,
    async handler({ actor, params }) {
      return proposeAssignment(deps, actor, params.callId);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/assignment/confirm',
    summary: 'Store the optimal assignment (pairs added by hand or already started stay)',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: assignmentConfirmed,
    async handler({ actor, params }) {
      return confirmAssignment(deps, actor, params.callId);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/assignment/changes',
    summary:
      'Add or remove one expert on one proposal by hand, with a reason (checked against conflicts and loads)',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    body: changeBody,
    response: assignmentChanged,
    async handler({ actor, params, body }) {
      return changeAssignment(deps, actor, params.callId, body);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/progress',
    summary: 'Per proposal: screening, the experts with their declarations and evaluations, the consensus',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: progressList,
    async handler({ actor, params }) {
      enforce(canRunEvaluation(actor, await callClosed(deps, params.callId)));
      return evaluationProgress(deps, params.callId);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/proposals/:id/flags/resolve',
    summary:
      "The chair (agency staff) resolves one of a proposal's flags with a reason; the consensus cannot be agreed while one is open",
    tags: ['evaluation'],
    auth: 'required',
    params: proposalParams,
    body: flagResolutionBody,
    response: flagResolved,
    async handler({ actor, params, body }) {
      return resolveFlag(deps, actor, params.id, body);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/ranking/simulate',
    summary:
      'What if: rank with these envelopes and thresholds and show who moves against the confirmed ranking; nothing is stored',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    body: rankingBody,
    response: simulation,
    async handler({ actor, params, body }) {
      return simulateRanking(deps, actor, params.callId, body);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/ranking/confirm',
    summary: 'Confirm the ranking and selection with these envelopes (and thresholds, if changed)',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    body: rankingBody,
    response: rankingConfirmed,
    async handler({ actor, params, body, reply }) {
      reply.status(201);
      return confirmRanking(deps, actor, params.callId, body);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/ranking',
    summary: 'The confirmed ranking of the call (the latest), or 404 before one is confirmed',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: confirmedRankingResponse,
    async handler({ actor, params }) {
      enforce(canRunEvaluation(actor, await callClosed(deps, params.callId)));
      const confirmed = await confirmedRanking(deps, params.callId);
      if (!confirmed) throw notFound('A confirmed ranking');
      return { ...confirmed, acronyms: (await rankingInput(deps, params.callId, {})).acronyms };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/ranking.xlsx',
    summary:
      'The confirmed ranking as XLSX (?lang=en|da), a sheet per lot: acronyms and titles, criterion names, decisions in words',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    query: langQuery,
    produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    async handler({ actor, params, query, reply }) {
      enforce(canRunEvaluation(actor, await callClosed(deps, params.callId)));
      const confirmed = await confirmedRanking(deps, params.callId);
      if (!confirmed) throw notFound('A confirmed ranking');
      const file = await rankingWorkbook(
        confirmed.ranking,
        (await rankingInput(deps, params.callId, {})).names,
        query.lang,
      );
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ranking-${params.callId}.xlsx"`);
      return reply.send(file);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/calls/:callId/reports/send',
    summary:
      'Send the evaluation summary reports: a notice to every coordinator; applicants can then read their report',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: reportsSentResponse,
    async handler({ actor, params }) {
      return sendReports(deps, actor, params.callId);
    },
  });
}
