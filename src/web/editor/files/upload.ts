/**
 * Sending one file of the submission package: the browser streams the chosen file as the
 * request body (it is not read into the page), with the session's CSRF token.
 */
import type { ProposalFile, UploadResult } from '../../../contracts/proposal-files.ts';
import { ApiError, api } from '../../api/client.ts';

export interface UploadTarget {
  proposalId: string;
  kind: ProposalFile['kind'];
  participantId?: string;
}

export async function uploadFile(target: UploadTarget, file: File): Promise<UploadResult> {
  const query = new URLSearchParams({ kind: target.kind, name: file.name });
  if (target.participantId) query.set('participantId', target.participantId);
  const res = await fetch(`/api/v1/proposals/${encodeURIComponent(target.proposalId)}/files?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/octet-stream',
      accept: 'application/json',
      ...(api.csrfToken && { 'x-csrf-token': api.csrfToken }),
    },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    throw new ApiError(
      res.status,
      typeof body.error === 'string' ? body.error : 'http',
      typeof body.message === 'string' ? body.message : `${res.status}`,
      [],
      body,
    );
  }
  return body as unknown as UploadResult;
}

/** The server's message in the reader's language (file refusals carry a Danish one). */
export function refusalText(error: unknown, lang: 'en' | 'da'): string {
  if (error instanceof ApiError) {
    const da = error.body.messageDa;
    return lang === 'da' && typeof da === 'string' ? da : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
