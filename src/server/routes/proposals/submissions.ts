/** Submitting, withdrawing, and the receipts and frozen versions of every submission. */
import type { FastifyInstance } from 'fastify';
import {
  proposalParams,
  receiptList,
  submissionParams,
  submissionView,
  submitReceipt,
  withdrawn,
} from '../../../contracts/proposals.ts';
import type { Finding } from '../../../engine/eligibility/types.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { addRoute } from '../../http/route.ts';
import { readsSubmittedVersionOnly } from '../../policies/policies.ts';
import { readableRow } from '../../proposals/readable.ts';
import { submitProposal, withdrawProposal } from '../../proposals/submission.ts';
import { refuseIfWithdrawn } from '../../proposals/submitted-version.ts';
import { receiptsOf } from '../../proposals/view.ts';

export function submissionRoutes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals/:id/submit',
    summary:
      'Submit (or resubmit) before the deadline (the instant the request arrived decides): 201 with the receipt and the SHA-256 of the canonical JSON; 200 with the receipt that counts and unchanged: true when nothing changed since it; 422 with the findings when errors remain',
    tags: ['submissions'],
    auth: 'required',
    params: proposalParams,
    response: submitReceipt,
    async handler({ req, actor, params, reply }) {
      const receipt = await submitProposal(deps, actor, params.id, req.arrivedAt);
      // Nothing changed since the version that counts: no new version, 200 with `unchanged`.
      reply.status('unchanged' in receipt ? 200 : 201);
      return receipt;
    },
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals/:id/withdraw',
    summary: 'Withdraw a submitted proposal before the deadline (submitting again reverses it)',
    tags: ['submissions'],
    auth: 'required',
    params: proposalParams,
    response: withdrawn,
    async handler({ req, actor, params }) {
      return withdrawProposal(deps, actor, params.id, req.arrivedAt);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/submissions',
    summary: 'The receipts of every submission; the last one is the version that counts',
    tags: ['submissions'],
    auth: 'required',
    params: proposalParams,
    response: receiptList,
    async handler({ actor, params }) {
      const { proposal, facts } = await readableRow(deps, actor, params.id);
      if (readsSubmittedVersionOnly(facts)) {
        await refuseIfWithdrawn(deps, proposal);
        // Agency staff: the receipt of the version that counts.
        return (await receiptsOf(deps, params.id)).slice(-1);
      }
      return receiptsOf(deps, params.id);
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/submissions/:number',
    summary: 'One submitted version: its receipt and its canonical content',
    tags: ['submissions'],
    auth: 'required',
    params: submissionParams,
    response: submissionView,
    async handler({ actor, params }) {
      const { proposal, facts } = await readableRow(deps, actor, params.id);
      const agency = readsSubmittedVersionOnly(facts);
      if (agency) await refuseIfWithdrawn(deps, proposal);
      const row = await deps.db
        .selectFrom('submissions')
        .selectAll()
        .where('proposal_id', '=', params.id)
        .where('number', '=', params.number)
        .executeTakeFirst();
      // Agency staff read the last submitted version only; earlier ones do not exist for them.
      if (!row || (agency && row.id !== proposal.last_submission_id))
        throw notFound(`Submission ${params.number}`);
      return {
        receipt: {
          proposalId: params.id,
          number: row.number,
          submittedAt: row.submitted_at.toISOString(),
          sha256: row.sha256,
          receiptCode: row.receipt_code,
          signature: row.signature,
        },
        canonical: row.canonical,
        content: JSON.parse(row.canonical),
        // The findings column holds the review's findings as the submission froze them.
        warnings: row.findings as Finding[],
      };
    },
  });
}
