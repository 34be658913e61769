/** The agency's evaluation screens: settings, screening, the expert registry and conflicts of interest. */
import type { FastifyInstance } from 'fastify';
import {
  callParams,
  conflictBody,
  expertBody,
  expertParams,
  expertUpdateBody,
  proposalParams,
  screeningBody,
  settingsBody,
} from '../../../contracts/evaluation.ts';
import {
  conflictDecided,
  conflictsView,
  evaluationSettings as evaluationSettingsResponse,
  expertList,
  expert as expertResponse,
  screeningList as screeningListResponse,
  screeningResult,
} from '../../../contracts/evaluation-agency.ts';
import type { ServerDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { conflictsOf } from '../../evaluation/conflicts.ts';
import { loadDeclarations, loadOverrides } from '../../evaluation/context.ts';
import { createExpert, listExperts, updateExpert } from '../../evaluation/experts.ts';
import { callClosed, decideScreening, screeningList } from '../../evaluation/screening.ts';
import { evaluationSettings } from '../../evaluation/settings.ts';
import { submittedProposals } from '../../evaluation/submitted.ts';
import { addRoute } from '../../http/route.ts';
import { enforce, write } from '../../operations/write.ts';
import { canManageExperts, canRunEvaluation } from '../../policies/evaluation-policies.ts';

export function agencyEvaluationRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/settings',
    summary: 'How the call is evaluated: experts per proposal, the country rule, the chair’s flag thresholds',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: evaluationSettingsResponse,
    async handler({ actor, params }) {
      enforce(canManageExperts(actor));
      return evaluationSettings(deps.db, params.callId);
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/evaluation/calls/:callId/settings',
    summary: 'Change the evaluation settings of a call (a stale version gets 409)',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    body: settingsBody,
    response: evaluationSettingsResponse,
    async handler({ actor, params, body }) {
      if (!(await deps.calls.row(params.callId))) throw notFound(`The call "${params.callId}"`);
      return write(
        deps,
        actor,
        { action: 'evaluation-settings.update', entityType: 'call', entityId: params.callId },
        () => canManageExperts(actor),
        async (tx) => {
          const before = await evaluationSettings(tx, params.callId);
          if (before.version !== body.version)
            throw conflict(`The settings changed after version ${body.version}.`, { current: before });
          const row = {
            call_id: params.callId,
            experts_per_proposal: body.expertsPerProposal,
            country_conflict: body.countryConflict,
            spread_points: body.spreadPoints,
            near_threshold_points: body.nearThresholdPoints,
            version: before.version + 1,
          };
          await tx
            .insertInto('evaluation_settings')
            .values(row)
            .onConflict((oc) => oc.column('call_id').doUpdateSet(row))
            .execute();
          const after = { callId: params.callId, ...body, version: before.version + 1 };
          return { result: after, before, after };
        },
      );
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/screening',
    summary:
      "Every submitted proposal's last version with the engine's eligibility findings and the officer's decision",
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: screeningListResponse,
    async handler({ actor, params }) {
      return screeningList(deps, actor, params.callId);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/proposals/:id/screening',
    summary: "Confirm or override the engine's eligibility verdict, with a written reason",
    tags: ['evaluation'],
    auth: 'required',
    params: proposalParams,
    body: screeningBody,
    response: screeningResult,
    async handler({ actor, params, body }) {
      return decideScreening(deps, actor, params.id, body);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/experts',
    summary: 'The expert registry',
    tags: ['evaluation'],
    auth: 'required',
    response: expertList,
    async handler({ actor }) {
      enforce(canManageExperts(actor));
      return listExperts(deps);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/experts',
    summary: "Register an expert (name, country, employer's PIC, topics, lots, languages, maximum load)",
    tags: ['evaluation'],
    auth: 'required',
    body: expertBody,
    response: expertResponse,
    async handler({ actor, body, reply }) {
      reply.status(201);
      return createExpert(deps, actor, body);
    },
  });

  addRoute(app, {
    method: 'PATCH',
    url: '/api/v1/evaluation/experts/:expertId',
    summary: 'Correct an expert’s registry entry (a stale version gets 409)',
    tags: ['evaluation'],
    auth: 'required',
    params: expertParams,
    body: expertUpdateBody,
    response: expertResponse,
    async handler({ actor, params, body }) {
      return updateExpert(deps, actor, params.expertId, body);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/calls/:callId/conflicts',
    summary:
      'Conflicts of interest found from registry data, declarations and officers’ pins and lifts, before any invitation',
    tags: ['evaluation'],
    auth: 'required',
    params: callParams,
    response: conflictsView,
    async handler({ actor, params }) {
      enforce(canRunEvaluation(actor, await callClosed(deps, params.callId)));
      const settings = await evaluationSettings(deps.db, params.callId);
      const proposals = await submittedProposals(deps.db, params.callId);
      const experts = await listExperts(deps);
      return {
        countryConflict: settings.countryConflict,
        conflicts: conflictsOf(
          experts,
          proposals,
          settings,
          await loadOverrides(deps.db),
          await loadDeclarations(deps.db),
        ),
      };
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/conflicts',
    summary:
      'Pin a conflict of interest, lift one found from registry data, or clear an earlier pin or lift; always with a reason',
    tags: ['evaluation'],
    auth: 'required',
    body: conflictBody,
    response: conflictDecided,
    async handler({ actor, body }) {
      return write(
        deps,
        actor,
        {
          action: `conflict.${body.action}`,
          entityType: 'conflict',
          entityId: `${body.expertId}/${body.proposalId}`,
          proposalId: body.proposalId,
        },
        () => canManageExperts(actor),
        async (tx, now) => {
          if (
            !(await tx.selectFrom('experts').select('id').where('id', '=', body.expertId).executeTakeFirst())
          )
            throw notFound('The expert');
          if (
            !(await tx
              .selectFrom('proposals')
              .select('id')
              .where('id', '=', body.proposalId)
              .executeTakeFirst())
          )
            throw notFound('The proposal');
          const before = await tx
            .selectFrom('conflict_overrides')
            .select(['action', 'reason'])
            .where('expert_id', '=', body.expertId)
            .where('proposal_id', '=', body.proposalId)
            .executeTakeFirst();
          await tx
            .deleteFrom('conflict_overrides')
            .where('expert_id', '=', body.expertId)
            .where('proposal_id', '=', body.proposalId)
            .execute();
          if (body.action !== 'clear') {
            await tx
              .insertInto('conflict_overrides')
              .values({
                expert_id: body.expertId,
                proposal_id: body.proposalId,
                action: body.action,
                reason: body.reason,
                decided_by: actor!.id,
                decided_at: now,
              })
              .execute();
          }
          const after = body.action === 'clear' ? null : { action: body.action, reason: body.reason };
          return {
            result: { expertId: body.expertId, proposalId: body.proposalId, override: after },
            before: before ?? null,
            after,
          };
        },
      );
    },
  });
}
