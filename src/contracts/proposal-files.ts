/** The submission package's files: upload, list, download, delete; and the files a receipt names. */
import { z } from 'zod';
import { ANNEX_KINDS } from '../engine/call-definition/types.ts';
import type { Finding } from '../engine/eligibility/types.ts';
import { engineShape } from './engine-types.ts';

export const annexKind = z.enum(ANNEX_KINDS);

export const fileParams = z.object({ id: z.string().min(1).max(64), fileId: z.string().min(1).max(64) });

export const contentQuery = z.object({
  /** 1: as an attachment to save; otherwise shown in the browser (the PDF viewer). */
  download: z.enum(['0', '1']).optional(),
});

export const uploadQuery = z.object({
  kind: annexKind,
  /** The beneficiary a letter of mandate is for. */
  participantId: z.string().min(1).max(64).optional(),
  /** The file's name as the applicant's computer called it (shown, never trusted for its type). */
  name: z.string().min(1).max(200),
});

export const proposalFile = z.object({
  id: z.string(),
  kind: annexKind,
  participantId: z.string().nullable(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  pages: z.number().int().optional(),
  /** The number of the first submitted version that included it: it can no longer change. */
  frozenBySubmission: z.number().int().nullable(),
});
export type ProposalFile = z.infer<typeof proposalFile>;

const findings = z.array(engineShape<Finding>('A finding (src/engine/eligibility/types.ts)'));

export const uploadResult = z.object({ file: proposalFile, findings });
export type UploadResult = z.infer<typeof uploadResult>;
export const fileList = z.object({ files: z.array(proposalFile), findings });
export const expertFileList = z.object({ files: z.array(proposalFile) });
export const fileDeleted = z.object({ deleted: z.literal(true) });

/** A file as a receipt names it. */
export const receiptFile = z.object({
  kind: annexKind,
  participantId: z.string().nullable(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type ReceiptFile = z.infer<typeof receiptFile>;
