/**
 * A proposal's submission package for tests, uploaded through the API as an applicant would:
 * Part B within the page limit, the detailed budget table the platform exports (so it agrees
 * with the proposal's budget) and a letter of mandate from each beneficiary other than the
 * coordinator. Without them a proposal cannot be submitted.
 */
import { PDFDocument } from 'pdf-lib';
import type { TestClient } from './client.ts';

/** A valid PDF of `pages` blank A4 pages but for a line of text on each. */
export async function pdfOfPages(pages: number, text = 'Page'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]).drawText(`${text} ${i + 1}`, { x: 50, y: 800 });
  return Buffer.from(await pdf.save());
}

let partB: Promise<Buffer> | undefined;
let letter: Promise<Buffer> | undefined;

export async function uploadFile(
  client: TestClient,
  proposalId: string,
  kind: string,
  name: string,
  body: Buffer,
  participantId?: string,
) {
  const query = new URLSearchParams({ kind, name, ...(participantId && { participantId }) });
  return client.request('POST', `/api/v1/proposals/${proposalId}/files?${query}`, body, {
    'content-type': 'application/octet-stream',
  });
}

/** The beneficiaries that give the coordinator a letter of mandate: every one but the coordinator. */
export async function mandateGiverIds(client: TestClient, proposalId: string): Promise<string[]> {
  const view = await client.get(`/api/v1/proposals/${proposalId}`);
  if (view.status !== 200) throw new Error(`reading ${proposalId} failed: ${view.status}`);
  const participants: { id: string; role: string }[] = view.body.sections.consortium.data.participants;
  return participants
    .filter((p) => p.role !== 'coordinator' && p.role !== 'associated-partner')
    .map((p) => p.id);
}

async function send(client: TestClient, proposalId: string, uploads: Upload[]): Promise<void> {
  for (const [kind, name, body, pid] of uploads) {
    const res = await uploadFile(client, proposalId, kind, name, body, pid);
    if (res.status !== 201)
      throw new Error(`uploading ${name} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

type Upload = [kind: string, name: string, body: Buffer, participantId?: string];

/** Uploads a letter of mandate from each beneficiary but the coordinator. */
export async function uploadMandateLetters(client: TestClient, proposalId: string): Promise<void> {
  letter ??= pdfOfPages(1, 'Letter of mandate, page');
  const uploads: Upload[] = [];
  for (const pid of await mandateGiverIds(client, proposalId))
    uploads.push(['mandate-letter', `mandate-${pid}.pdf`, await letter, pid]);
  await send(client, proposalId, uploads);
}

/** Uploads Part B, the budget table as exported, and every letter of mandate the proposal needs. */
export async function uploadPackageFiles(client: TestClient, proposalId: string): Promise<void> {
  partB ??= pdfOfPages(3, 'Part B page');
  const table = await client.get(`/api/v1/proposals/${proposalId}/budget.xlsx`);
  if (table.status !== 200) throw new Error(`budget.xlsx of ${proposalId}: ${table.status}`);
  await send(client, proposalId, [
    ['part-b', 'part-b.pdf', await partB],
    ['budget-table', 'budget.xlsx', table.raw],
  ]);
  await uploadMandateLetters(client, proposalId);
}

/** Deletes the draft files of the proposal (of these kinds only, when given): as not uploaded yet. */
export async function removePackageFiles(
  client: TestClient,
  proposalId: string,
  kinds?: string[],
): Promise<void> {
  const list = await client.get(`/api/v1/proposals/${proposalId}/files`);
  for (const f of list.body.files as { id: string; kind: string }[]) {
    if (kinds && !kinds.includes(f.kind)) continue;
    const res = await client.request('DELETE', `/api/v1/proposals/${proposalId}/files/${f.id}`);
    if (res.status !== 200 && res.status !== 204)
      throw new Error(`deleting ${f.id} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
