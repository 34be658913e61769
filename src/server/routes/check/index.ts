/** POST /api/v1/check: the CLI's `alliances check`, with the same JSON in and out. */
import type { FastifyInstance } from 'fastify';
import { checkQuery, checkResponse } from '../../../contracts/check.ts';
import { checkProposal } from '../../../engine/eligibility/check.ts';
import { presentCheck } from '../../../engine/eligibility/present.ts';
import { proposalInputSchema } from '../../../engine/eligibility/proposal-input.ts';
import type { ServerDeps } from '../../deps.ts';
import { badRequest } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';

export function checkRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/check',
    summary:
      'Check a proposal against its call (spec/check-format.md); 400 names the field when it cannot be checked',
    tags: ['eligibility'],
    auth: 'optional',
    docBody: proposalInputSchema,
    query: checkQuery,
    response: checkResponse,
    async handler({ req, query }) {
      // The call years of rules/ (not the demo call), exactly as the command line sees them.
      const checked = checkProposal(deps.definitions, req.body);
      if (!checked.ok) throw badRequest(checked.problems, 'The proposal cannot be checked.');
      return presentCheck(checked.result, query.lang);
    },
  });
}
