/**
 * The experts' reading of Part B and the annexes inside the platform: the files of the submitted
 * version, only for an expert assigned to the proposal who has declared no conflict of interest.
 */
import type { FastifyInstance } from 'fastify';
import { contentQuery, expertFileList, fileParams } from '../../../contracts/proposal-files.ts';
import { proposalParams } from '../../../contracts/proposals.ts';
import type { ServerDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { expertFacts } from '../../evaluation/expert-facts.ts';
import { fileForDownload, fileStoreOf, fileView, listFiles } from '../../files/proposal-files.ts';
import { addRoute } from '../../http/route.ts';
import { enforce } from '../../operations/write.ts';
import { canOpenProposal } from '../../policies/evaluation-policies.ts';
import { loadProposalRow } from '../../proposals/repository.ts';

export function expertFileRoutes(app: FastifyInstance, deps: ServerDeps): void {
  /** The submitted version the expert reads, once the policy lets them open the proposal. */
  const submittedVersion = async (actor: Parameters<typeof expertFacts>[1], id: string) => {
    enforce(canOpenProposal(actor, await expertFacts(deps.db, actor, id)));
    const proposal = await loadProposalRow(deps.db, id);
    if (!proposal.last_submission_id) throw notFound('The proposal');
    return proposal.last_submission_id;
  };

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/files',
    summary:
      'Part B and the annexes of the submitted version, for an assigned expert who declared no conflict',
    tags: ['expert'],
    auth: 'required',
    params: proposalParams,
    response: expertFileList,
    async handler({ actor, params }) {
      const submission = await submittedVersion(actor, params.id);
      return { files: (await listFiles(deps.db, params.id, submission)).map(fileView) };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/evaluation/proposals/:id/files/:fileId/content',
    summary: 'One file of the submitted version, streamed, for the viewer of an assigned expert',
    tags: ['expert'],
    auth: 'required',
    params: fileParams,
    query: contentQuery,
    produces: 'application/octet-stream',
    async handler({ actor, params, reply }) {
      const submission = await submittedVersion(actor, params.id);
      const row = await fileForDownload(deps.db, params.id, params.fileId, submission);
      reply
        .header('content-type', row.media_type)
        .header('content-length', String(row.size_bytes))
        .header('x-content-sha256', row.sha256)
        .header('content-disposition', 'inline');
      return reply.send(await fileStoreOf(deps).get(row.storage_key));
    },
  });
}
