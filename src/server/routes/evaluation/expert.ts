/** An expert's pages: assignments, declaration, the proposal, their evaluation, the others', the consensus. */
import type { FastifyInstance } from 'fastify';
import {
  consensusBody,
  declarationBody,
  evaluationBody,
  proposalParams,
} from '../../../contracts/evaluation.ts';
import {
  assignmentList,
  consensusAgreed,
  consensusSaved,
  consensusView as consensusViewResponse,
  declared,
  evaluationSaved,
  evaluationSubmitted,
  myEvaluation as myEvaluationResponse,
  proposalForExpert as proposalForExpertResponse,
  submittedEvaluations,
} from '../../../contracts/evaluation-expert.ts';
import type { ServerDeps } from '../../deps.ts';
import { agreeConsensus, consensusView, saveConsensus } from '../../evaluation/consensus.ts';
import {
  type CriteriaDraft,
  declare,
  myAssignments,
  myEvaluation,
  otherEvaluations,
  proposalForExpert,
  saveEvaluation,
  submitEvaluation,
} from '../../evaluation/expert-work.ts';
import { addRoute } from '../../http/route.ts';

export function expertRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/my-assignments',
    summary: 'The proposals assigned to me, with my declaration and evaluation status',
    tags: ['expert'],
    auth: 'required',
    response: assignmentList,
    async handler({ actor }) {
      return myAssignments(deps, actor);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/proposals/:id/declaration',
    summary:
      'Declare, before opening the proposal, that I have no conflict of interest and will keep it confidential',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    body: declarationBody,
    response: declared,
    async handler({ actor, params, body }) {
      return declare(deps, actor, params.id, body);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/content',
    summary: 'The submitted version of an assigned proposal (after the declaration) and its award criteria',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: proposalForExpertResponse,
    async handler({ actor, params }) {
      return proposalForExpert(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/my-evaluation',
    summary: 'My individual evaluation of the proposal',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: myEvaluationResponse,
    async handler({ actor, params }) {
      return myEvaluation(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/evaluation/proposals/:id/my-evaluation',
    summary: 'Save my evaluation as a draft: per criterion a score and a comment (a stale version gets 409)',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    body: evaluationBody,
    response: evaluationSaved,
    async handler({ actor, params, body }) {
      return saveEvaluation(deps, actor, params.id, {
        version: body.version,
        criteria: body.criteria as CriteriaDraft,
      });
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/proposals/:id/my-evaluation/submit',
    summary: 'Submit my evaluation: every criterion scored within its maximum, with a comment that says why',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: evaluationSubmitted,
    async handler({ actor, params }) {
      return submitEvaluation(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/evaluations',
    summary: "The other experts' submitted evaluations, once mine is submitted",
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: submittedEvaluations,
    async handler({ actor, params }) {
      return otherEvaluations(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/consensus',
    summary:
      "The consensus: the draft from the experts' scores with each statement's reference, the chair's flags, the report",
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: consensusViewResponse,
    async handler({ actor, params }) {
      return consensusView(deps, actor, params.id);
    },
  });

  addRoute(app, {
    method: 'PUT',
    url: '/api/v1/evaluation/proposals/:id/consensus',
    summary:
      'The rapporteur saves consensus scores and comments, each comment citing the expert statements it draws on',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    body: consensusBody,
    response: consensusSaved,
    async handler({ actor, params, body }) {
      return saveConsensus(deps, actor, params.id, body);
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/evaluation/proposals/:id/consensus/agree',
    summary:
      'Agree the consensus (every assigned expert has submitted; every criterion has a score and comment)',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: consensusAgreed,
    async handler({ actor, params }) {
      return agreeConsensus(deps, actor, params.id);
    },
  });
}
