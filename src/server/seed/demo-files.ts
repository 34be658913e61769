/**
 * The demo proposals' submission package: Part B within its page limit, the detailed budget
 * table as the platform exports it (so it agrees with the budget), and a letter of mandate from
 * each beneficiary other than the coordinator. Uploaded through the same operation an applicant
 * uses, so the files are checked, stored and audited like any other.
 */
import { Readable } from 'node:stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ProposalDocument } from '../../engine/proposal/document.ts';
import { documentBudget } from '../../engine/proposal/document.ts';
import { mandateGivers } from '../../engine/submission-package/package-findings.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { budgetWorkbook } from '../exports/budget-xlsx.ts';
import { uploadFile } from '../files/proposal-files.ts';
import { assembleDocument, loadProposalRow, loadSections } from '../proposals/repository.ts';
import { DEMO_CALL_ID } from './demo-data.ts';

/** A plain PDF: one page per paragraph list, the title on the first. */
async function pdfOf(title: string, pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const [i, lines] of pages.entries()) {
    const page = pdf.addPage([595, 842]);
    let y = 790;
    if (i === 0) {
      page.drawText(title, { x: 60, y, size: 16, font });
      y -= 40;
    }
    for (const line of lines) {
      page.drawText(line, { x: 60, y, size: 11, font });
      y -= 18;
    }
  }
  return Buffer.from(await pdf.save());
}

/** Part B of a demo proposal: a few pages, well within the limit. */
function partB(doc: ProposalDocument): Promise<Buffer> {
  const { acronym, title } = doc.general;
  return pdfOf(`${acronym}: Part B (technical description)`, [
    [title, '', '1. Relevance', 'Why the alliance is needed, and for whom.'],
    [
      '2. Quality of the project design and implementation',
      'The work plan, its work packages and deliverables.',
    ],
    ['3. Quality of the partnership', 'Who does what, and why these partners.'],
    ['4. Impact', 'What changes, for whom, and how it lasts beyond the project.'],
  ]);
}

/** Latin-1 only: the standard fonts of a PDF write no other characters. */
const latin1 = (s: string) => s.replace(/[^\x20-\xff]/g, '?');

function mandateLetter(doc: ProposalDocument, giver: string, coordinator: string): Promise<Buffer> {
  return pdfOf(latin1(`${doc.general.acronym}: letter of mandate`), [
    [
      latin1(`${giver} gives ${coordinator}`),
      'a mandate to act as coordinator of the proposal and, if it is selected,',
      'to sign the grant agreement on its behalf.',
    ],
  ]);
}

/** Uploads the package's files of one proposal, as `actor` (a contact of the coordinator). */
export async function uploadDemoFiles(deps: ServerDeps, actor: Actor, proposalId: string): Promise<void> {
  const load = async (db: ServerDeps['db']) =>
    assembleDocument(db, await loadProposalRow(db, proposalId), await loadSections(db, proposalId));
  const doc = await load(deps.db);
  const proposal = await loadProposalRow(deps.db, proposalId);
  const call = (await deps.calls.ruleBook(proposal.call_id)).calls[proposal.call_id]!;
  const acronym = doc.general.acronym || 'proposal';
  const send = (
    kind: 'part-b' | 'budget-table' | 'mandate-letter',
    name: string,
    body: Buffer,
    pid?: string,
  ) =>
    uploadFile(
      deps,
      actor,
      proposalId,
      { kind, participantId: pid ?? null, name },
      Readable.from([body]),
      load,
    );
  await send('part-b', `${acronym} Part B.pdf`, await partB(doc));
  await send('budget-table', `${acronym} budget.xlsx`, await budgetWorkbook(doc, documentBudget(doc, call)));
  const coordinator = doc.participants.find((p) => p.role === 'coordinator');
  for (const p of mandateGivers(doc)) {
    const name = p.organisation.legalName || p.id;
    const letter = await mandateLetter(doc, name, coordinator?.organisation.legalName ?? 'the coordinator');
    await send('mandate-letter', `${acronym} mandate ${p.id}.pdf`, letter, p.id);
  }
}

/** The demo draft's files, uploaded by the demo coordinator once the seed has committed. */
export async function uploadDemoDraftFiles(deps: ServerDeps): Promise<void> {
  const actor = await deps.db
    .selectFrom('accounts')
    .select(['id', 'email', 'name', 'role'])
    .where('email', '=', 'coordinator@demo.alliances.example')
    .executeTakeFirstOrThrow();
  const drafts = await deps.db
    .selectFrom('proposals')
    .select('id')
    .where('call_id', '=', DEMO_CALL_ID)
    .where('state', '=', 'draft')
    .execute();
  for (const { id } of drafts) await uploadDemoFiles(deps, actor, id);
}
