/**
 * The submission package's files: upload (the body is the file itself, streamed to the store,
 * never parsed as JSON nor held whole), list with the package's findings, download, delete.
 */
import type { FastifyInstance } from 'fastify';
import {
  contentQuery,
  fileDeleted,
  fileList,
  fileParams,
  uploadQuery,
  uploadResult,
} from '../../../contracts/proposal-files.ts';
import { proposalParams } from '../../../contracts/proposals.ts';
import type { ServerDeps } from '../../deps.ts';
import {
  deleteFile,
  fileForDownload,
  fileStoreOf,
  fileView,
  findingsOf,
  listFiles,
  uploadFile,
} from '../../files/proposal-files.ts';
import { addRoute } from '../../http/route.ts';
import { readsSubmittedVersionOnly } from '../../policies/policies.ts';
import { readableContent, readableRow } from '../../proposals/readable.ts';
import { assembleDocument, loadProposalRow, loadSections } from '../../proposals/repository.ts';
import { refuseIfWithdrawn } from '../../proposals/submitted-version.ts';
import { expertFileRoutes } from './expert.ts';

/** What an upload may be sent as; the type is then read from the content, not from this. */
const FILE_BODIES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export function proposalFileRoutes(app: FastifyInstance, deps: ServerDeps): void {
  // In their own scope: the raw body passes through to the handler as a stream, for these routes only.
  app.register(async (scope) => {
    scope.addContentTypeParser(FILE_BODIES, (_req, _payload, done) => done(null, undefined));
    routes(scope, deps);
  });
  expertFileRoutes(app, deps);
}

function routes(app: FastifyInstance, deps: ServerDeps): void {
  addRoute(app, {
    method: 'POST',
    url: '/api/v1/proposals/:id/files',
    summary:
      'Upload a file of the submission package (the body is the file: PDF or XLSX, recognised by content; ?kind=part-b|budget-table|mandate-letter|other&name=…&participantId=… for a letter of mandate): 201 with the file and the package findings; 400 for a damaged or wrong file, 413 over the call’s size limit, 422 for Part B over its page limit (the pages over named)',
    tags: ['files'],
    auth: 'required',
    params: proposalParams,
    query: uploadQuery,
    response: uploadResult,
    async handler({ req, actor, params, query, reply }) {
      const result = await uploadFile(
        deps,
        actor,
        params.id,
        { kind: query.kind, participantId: query.participantId ?? null, name: query.name },
        req.raw,
        async (db) => {
          const proposal = await loadProposalRow(db, params.id);
          return assembleDocument(db, proposal, await loadSections(db, params.id));
        },
      );
      reply.status(201);
      return result;
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/files',
    summary:
      'The files of the submission package with its findings (missing files, Part B over its page limit, a budget table that disagrees); agency staff see the files of the last submitted version',
    tags: ['files'],
    auth: 'required',
    params: proposalParams,
    response: fileList,
    async handler({ actor, params }) {
      const readable = await readableContent(deps, actor, params.id);
      const call = (await deps.calls.ruleBook(readable.proposal.call_id)).calls[readable.proposal.call_id]!;
      const rows = readsSubmittedVersionOnly(readable.facts)
        ? await listFiles(deps.db, params.id, readable.proposal.last_submission_id ?? '')
        : await listFiles(deps.db, params.id);
      return { files: rows.map(fileView), findings: findingsOf(readable.document, call, rows) };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/proposals/:id/files/:fileId/content',
    summary: 'The content of one file, streamed (?download=1 as an attachment; else shown in the browser)',
    tags: ['files'],
    auth: 'required',
    params: fileParams,
    query: contentQuery,
    produces: 'application/octet-stream',
    async handler({ actor, params, query, reply }) {
      const { proposal, facts } = await readableRow(deps, actor, params.id);
      const agency = readsSubmittedVersionOnly(facts);
      if (agency) await refuseIfWithdrawn(deps, proposal);
      const row = await fileForDownload(
        deps.db,
        params.id,
        params.fileId,
        agency ? (proposal.last_submission_id ?? '') : undefined,
      );
      const download = query.download === '1';
      const safe = row.name.replace(/[^A-Za-z0-9._-]+/g, '-');
      reply
        .header('content-type', row.media_type)
        .header('content-length', String(row.size_bytes))
        .header('x-content-sha256', row.sha256)
        .header('content-disposition', `${download ? 'attachment' : 'inline'}; filename="${safe}"`);
      return reply.send(await fileStoreOf(deps).get(row.storage_key));
    },
  });

  addRoute(app, {
    method: 'DELETE',
    url: '/api/v1/proposals/:id/files/:fileId',
    summary: 'Delete a draft file; a file of a submitted version cannot be deleted (409)',
    tags: ['files'],
    auth: 'required',
    params: fileParams,
    response: fileDeleted,
    async handler({ actor, params }) {
      await deleteFile(deps, actor, params.id, params.fileId);
      return { deleted: true as const };
    },
  });
}
