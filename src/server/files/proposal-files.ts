/**
 * The submission package's files as operations: upload (received and checked before any row
 * names it), list with the package's findings, delete a draft file, and freeze the current files
 * into a submitted version. Every write goes through write(): policy, transaction, audit.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type Kysely, sql } from 'kysely';
import type { ProposalFile, ReceiptFile } from '../../contracts/proposal-files.ts';
import type { AnnexKind, CallDefinition } from '../../engine/call-definition/types.ts';
import type { Finding } from '../../engine/eligibility/types.ts';
import { documentBudget, type ProposalDocument } from '../../engine/proposal/document.ts';
import type { PackageFileFacts } from '../../engine/submission-package/files.ts';
import { packageFindings } from '../../engine/submission-package/package-findings.ts';
import { partBPageLimitFinding } from '../../engine/submission-package/page-limit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/schema.ts';
import type { ServerDeps } from '../deps.ts';
import { conflict, HttpError, notFound } from '../errors.ts';
import { enforce, type Tx, write } from '../operations/write.ts';
import { canDeleteFile, canUploadFile } from '../policies/file-policies.ts';
import { loadProposalRow, proposalFacts } from '../proposals/repository.ts';
import { databaseFileStore } from './database-store.ts';
import { MEDIA_TYPES } from './inspect.ts';
import { inspectUpload, refused } from './inspect-upload.ts';
import { discardObject, FileTooLarge, receiveFile } from './receive.ts';
import type { FileStore } from './store.ts';

type Db = Kysely<Database> | Tx;

const stores = new WeakMap<object, FileStore>();

/** The deps' file store; the database store when none was configured. */
export function fileStoreOf(deps: ServerDeps): FileStore {
  if (deps.fileStore) return deps.fileStore;
  let store = stores.get(deps.db);
  if (!store) {
    store = databaseFileStore(deps.db);
    stores.set(deps.db, store);
  }
  return store;
}

interface FileRow {
  id: string;
  kind: AnnexKind;
  participant_id: string | null;
  name: string;
  media_type: string;
  size_bytes: string | number;
  sha256: string;
  storage_key: string;
  facts: Record<string, unknown>;
  uploaded_at: Date;
  uploaderName: string;
  frozenNumber: number | null;
}

async function fileRows(db: Db, proposalId: string, submissionId?: string): Promise<FileRow[]> {
  let q = db
    .selectFrom('proposal_files as f')
    .innerJoin('accounts as a', 'a.id', 'f.uploaded_by')
    .leftJoin('submissions as s', 's.id', 'f.frozen_by_submission')
    .select([
      'f.id',
      'f.kind',
      'f.participant_id',
      'f.name',
      'f.media_type',
      'f.size_bytes',
      'f.sha256',
      'f.storage_key',
      'f.facts',
      'f.uploaded_at',
      'a.name as uploaderName',
      's.number as frozenNumber',
    ])
    .where('f.proposal_id', '=', proposalId);
  q = submissionId
    ? q.where('f.id', 'in', (eb) =>
        eb.selectFrom('submission_files').select('file_id').where('submission_id', '=', submissionId),
      )
    : q.where('f.superseded_at', 'is', null);
  return (await q.orderBy('f.uploaded_at').execute()) as FileRow[];
}

function view(r: FileRow): ProposalFile {
  const out: ProposalFile = {
    id: r.id,
    kind: r.kind,
    participantId: r.participant_id,
    name: r.name,
    mediaType: r.media_type,
    size: Number(r.size_bytes),
    sha256: r.sha256,
    uploadedAt: r.uploaded_at.toISOString(),
    uploadedBy: r.uploaderName,
    frozenBySubmission: r.frozenNumber ?? null,
  };
  if (typeof r.facts.pages === 'number') out.pages = r.facts.pages;
  return out;
}

function factsOfRow(r: FileRow): PackageFileFacts {
  const f: PackageFileFacts = {
    id: r.id,
    kind: r.kind,
    format: r.media_type === MEDIA_TYPES.pdf ? 'pdf' : 'xlsx',
    participantId: r.participant_id,
    name: r.name,
  };
  if (typeof r.facts.pages === 'number') f.pages = r.facts.pages;
  if (r.facts.budgetTable) f.budgetTable = r.facts.budgetTable as PackageFileFacts['budgetTable'];
  return f;
}

/** The package's findings for a document and its files. */
export function findingsOf(doc: ProposalDocument, call: CallDefinition, rows: FileRow[]): Finding[] {
  return packageFindings(doc, call, documentBudget(doc, call), rows.map(factsOfRow));
}

/** The current files (or those of one submitted version) as the API shows them. */
export async function listFiles(db: Db, proposalId: string, submissionId?: string) {
  return fileRows(db, proposalId, submissionId);
}
export const fileView = view;

export interface UploadRequest {
  kind: AnnexKind;
  participantId: string | null;
  name: string;
}

export async function uploadFile(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  request: UploadRequest,
  content: Readable,
  loadDocument: (db: Db) => Promise<ProposalDocument>,
): Promise<{ file: ProposalFile; findings: Finding[] }> {
  const store = fileStoreOf(deps);
  // Asked before a byte is stored, and again in the transaction that attaches the file.
  const proposal = await loadProposalRow(deps.db, proposalId);
  const before = await proposalFacts(deps.db, deps.calls, deps.clock.now(), proposal, actor);
  enforce(canUploadFile(actor, before, request.kind, request.participantId));
  const call = (await deps.calls.ruleBook(proposal.call_id)).calls[proposal.call_id]!;
  const doc = await loadDocument(deps.db);
  if (request.kind === 'mandate-letter') {
    if (!request.participantId || !doc.participants.some((p) => p.id === request.participantId))
      throw refused(
        400,
        'bad-request',
        'A letter of mandate names the beneficiary it is for (participantId, one of the proposal’s participants).',
        'Et mandatbrev angiver den støttemodtager, det gælder (participantId, en af ansøgningens deltagere).',
        "one of the proposal's participant ids",
        request.participantId ?? '(missing)',
      );
  }
  const limit = call.submissionPackage.maxFileBytes.value;
  let received: Awaited<ReturnType<typeof receiveFile>>;
  try {
    received = await receiveFile(deps.db, store, content, limit, deps.clock.now());
  } catch (error) {
    if (error instanceof FileTooLarge)
      throw refused(
        413,
        'file-too-large',
        `The file is larger than the call's limit of ${limit} bytes.`,
        `Filen er større end indkaldelsens grænse på ${limit} bytes.`,
        `at most ${limit} bytes`,
        'more',
      );
    throw error;
  }
  try {
    const { format, facts } = await inspectUpload(
      store,
      received.storageKey,
      received.head,
      request.kind,
      call,
    );
    if (request.kind === 'part-b' && typeof facts.pages === 'number') {
      const over = partBPageLimitFinding(facts.pages, call);
      // Part B over the limit is refused, with the pages over it named.
      if (over)
        throw new HttpError(422, 'page-limit', over.message.en, {
          messageDa: over.message.da,
          findings: [over],
        });
    }
    // The contents of the draft files this upload replaces, removed once the transaction commits.
    const replaced: string[] = [];
    const result = await write(
      deps,
      actor,
      { action: 'proposal.file.upload', entityType: 'proposal_file', entityId: '', proposalId },
      async (tx) => {
        const row = await loadProposalRow(tx, proposalId, 'share');
        return canUploadFile(
          actor,
          await proposalFacts(tx, deps.calls, deps.clock.now(), row, actor),
          request.kind,
          request.participantId,
        );
      },
      async (tx, now) => {
        const id = randomUUID();
        // The file it replaces: a draft one goes; one a submission froze stays, superseded.
        const previous = await tx
          .selectFrom('proposal_files')
          .select(['id', 'storage_key', 'frozen_by_submission', 'sha256'])
          .where('proposal_id', '=', proposalId)
          .where('kind', '=', request.kind)
          .where('superseded_at', 'is', null)
          .$if(request.kind === 'mandate-letter', (q) =>
            q.where('participant_id', '=', request.participantId),
          )
          .$if(request.kind === 'other', (q) => q.where('name', '=', request.name))
          .execute();
        await tx
          .updateTable('file_objects')
          .set({ complete: true })
          .where('storage_key', '=', received.storageKey)
          .execute();
        await tx
          .insertInto('proposal_files')
          .values({
            id,
            proposal_id: proposalId,
            kind: request.kind,
            participant_id: request.participantId,
            name: request.name,
            media_type: MEDIA_TYPES[format],
            size_bytes: received.size,
            sha256: received.sha256,
            storage_key: received.storageKey,
            facts: JSON.stringify(facts),
            uploaded_by: actor!.id,
            uploaded_at: now,
          })
          .execute();
        for (const old of previous) {
          await tx
            .updateTable('proposal_files')
            .set({ superseded_at: now })
            .where('id', '=', old.id)
            .execute();
          if (!old.frozen_by_submission) {
            await removeDraftFile(tx, old.id, old.storage_key);
            replaced.push(old.storage_key);
          }
        }
        const rows = await fileRows(tx, proposalId);
        const file = rows.find((r) => r.id === id)!;
        return {
          result: { file: view(file), findings: findingsOf(doc, call, rows) },
          before: { replaced: previous.map((p) => p.sha256) },
          after: {
            kind: request.kind,
            participantId: request.participantId,
            name: request.name,
            sha256: received.sha256,
          },
          target: { entityId: id },
        };
      },
    );
    for (const key of replaced) await discardObject(deps.db, store, key).catch(() => undefined);
    return result;
  } catch (error) {
    await discardObject(deps.db, store, received.storageKey);
    throw error;
  }
}

/**
 * A draft file's row goes, and its object is marked abandoned (complete = false, dated long
 * ago) so that the content is removed outside the transaction, by the next clean-up.
 */
async function removeDraftFile(tx: Tx, fileId: string, storageKey: string): Promise<void> {
  await tx.deleteFrom('proposal_files').where('id', '=', fileId).execute();
  await tx
    .updateTable('file_objects')
    .set({ complete: false, created_at: new Date(0) })
    .where('storage_key', '=', storageKey)
    .execute();
}

export async function deleteFile(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  fileId: string,
): Promise<void> {
  let storageKey = '';
  await write(
    deps,
    actor,
    { action: 'proposal.file.delete', entityType: 'proposal_file', entityId: fileId, proposalId },
    async (tx) => {
      const row = await loadProposalRow(tx, proposalId, 'share');
      const facts = await proposalFacts(tx, deps.calls, deps.clock.now(), row, actor);
      const file = await tx
        .selectFrom('proposal_files')
        .selectAll()
        .where('id', '=', fileId)
        .where('proposal_id', '=', proposalId)
        .where('superseded_at', 'is', null)
        .executeTakeFirst();
      const decision = canDeleteFile(actor, facts, file?.kind ?? 'part-b', file?.participant_id ?? null);
      if (decision.allowed && !file) throw notFound('The file');
      return { decision, facts: file! };
    },
    async (tx, _now, file) => {
      if (file.frozen_by_submission)
        throw conflict(
          'The file is part of a submitted version and cannot be deleted; upload a new file to replace it in the draft.',
          {
            messageDa:
              'Filen er en del af en indsendt version og kan ikke slettes; upload en ny fil for at erstatte den i kladden.',
          },
        );
      storageKey = file.storage_key;
      await removeDraftFile(tx, file.id, file.storage_key);
      return { result: undefined, before: { name: file.name, sha256: file.sha256 }, after: null };
    },
  );
  await discardObject(deps.db, fileStoreOf(deps), storageKey).catch(() => undefined);
}

/**
 * Freezes the current files into a submitted version: each is listed for the submission and,
 * if no earlier submission froze it, marked as frozen by this one, in one statement however many
 * files the package has. `rows` are the current files the submission checked, read in the same
 * transaction under the proposal's lock (an upload waits for it); returns what the receipt names.
 */
export async function freezeFiles(
  tx: Tx,
  proposalId: string,
  submissionId: string,
  rows: FileRow[],
): Promise<ReceiptFile[]> {
  if (rows.length > 0)
    await tx
      // Only files no earlier version froze are written: a file keeps the first version that
      // froze it, and rewriting the others at every resubmission (the same value again) cost
      // PostgreSQL a new row version of each and its WAL, about 5 kB per submission.
      .with('frozen', (db) =>
        db
          .updateTable('proposal_files')
          .set({ frozen_by_submission: submissionId })
          .where('proposal_id', '=', proposalId)
          .where('superseded_at', 'is', null)
          .where('frozen_by_submission', 'is', null)
          .returning('id'),
      )
      .insertInto('submission_files')
      .columns(['submission_id', 'file_id'])
      .expression((eb) =>
        eb
          .selectFrom('proposal_files')
          .select([sql<string>`cast(${submissionId} as text)`.as('submission_id'), 'id'])
          .where('proposal_id', '=', proposalId)
          .where('superseded_at', 'is', null),
      )
      .execute();
  return rows.map(receiptFileOf);
}

export const receiptFileOf = (r: FileRow): ReceiptFile => ({
  kind: r.kind,
  participantId: r.participant_id,
  name: r.name,
  size: Number(r.size_bytes),
  sha256: r.sha256,
});

/** The files a submitted version froze, as its receipt names them. */
export async function receiptFiles(db: Db, proposalId: string, submissionId: string): Promise<ReceiptFile[]> {
  return (await fileRows(db, proposalId, submissionId)).map(receiptFileOf);
}

/** One file the reader may download: a current file, or for agency staff one of the last submission. */
export async function fileForDownload(db: Db, proposalId: string, fileId: string, submissionId?: string) {
  const rows = await fileRows(db, proposalId, submissionId);
  const row = rows.find((r) => r.id === fileId);
  if (!row) throw notFound('The file');
  return row;
}
