/**
 * A submission's receipt as a one-page PDF, in English or Danish: the proof an applicant keeps
 * that this version arrived, when (Brussels time, which decides the deadline) and with which
 * SHA-256, signed by the platform.
 */
import PDFDocument from 'pdfkit';
import type { Lang } from '../../engine/call-definition/types.ts';
import { pdfFonts, printable } from './pdf-fonts.ts';

export interface ReceiptPdfInput {
  lang: Lang;
  acronym: string;
  title: string;
  callIdentifier: string;
  number: number;
  receiptCode: string;
  /** Local Brussels date and time, "YYYY-MM-DD HH:MM". */
  submittedAtBrussels: string;
  submittedAt: string;
  submittedBy: string;
  sha256: string;
  signature: string;
  /** The submission package's files, each with its SHA-256. */
  files?: { name: string; kind: string; sha256: string; size: number }[];
}

const WORDS = {
  en: {
    heading: 'Erasmus+ Alliances for Innovation: submission receipt',
    intro: 'The platform received this version of the proposal. Keep this receipt.',
    code: 'Receipt code',
    proposal: 'Proposal',
    call: 'Call',
    version: 'Version',
    brussels: 'Submitted (Brussels time)',
    instant: 'Submitted (UTC)',
    by: 'Submitted by',
    sha256: 'SHA-256 of the submitted content',
    signature: 'Signature of the platform',
    files: 'Files submitted (SHA-256 of each)',
    bytes: 'bytes',
  },
  da: {
    heading: 'Erasmus+ Alliancer for innovation: kvittering for indsendelse',
    intro: 'Platformen har modtaget denne version af ansøgningen. Gem kvitteringen.',
    code: 'Kvitteringskode',
    proposal: 'Ansøgning',
    call: 'Indkaldelse',
    version: 'Version',
    brussels: 'Indsendt (Bruxelles-tid)',
    instant: 'Indsendt (UTC)',
    by: 'Indsendt af',
    sha256: 'SHA-256 af det indsendte indhold',
    signature: 'Platformens signatur',
    files: 'Indsendte filer (SHA-256 for hver)',
    bytes: 'byte',
  },
} satisfies Record<Lang, Record<string, string>>;

export function receiptPdf(r: ReceiptPdfInput): Promise<Buffer> {
  const w = WORDS[r.lang];
  const fonts = pdfFonts();
  const p = (text: string) => printable(text, fonts);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: p(`${w.code} ${r.receiptCode}`), Creator: 'Alliances' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const line = (label: string, value: string) =>
    pdf
      .moveDown(0.4)
      .font(fonts.bold)
      .fontSize(11)
      .text(p(`${label}: `), { continued: true })
      .font(fonts.regular)
      .text(p(value));
  pdf.font(fonts.regular).fontSize(11).fillColor('#515560').text(p(w.heading));
  pdf.moveDown(1).font(fonts.bold).fontSize(24).fillColor('#004494').text(p(r.receiptCode));
  pdf.moveDown(0.5).font(fonts.regular).fontSize(11).fillColor('#171a22').text(p(w.intro));
  pdf.moveDown(1);
  line(w.proposal, `${r.acronym}: ${r.title}`);
  line(w.call, r.callIdentifier);
  line(w.version, String(r.number));
  line(w.brussels, r.submittedAtBrussels);
  line(w.instant, r.submittedAt);
  line(w.by, r.submittedBy);
  line(w.sha256, r.sha256);
  line(w.signature, r.signature);
  if (r.files && r.files.length > 0) {
    pdf.moveDown(1).font(fonts.bold).fontSize(11).text(p(w.files));
    for (const f of r.files) {
      pdf
        .moveDown(0.3)
        .font(fonts.regular)
        .fontSize(10)
        .text(p(`${f.name} (${f.kind}, ${f.size} ${w.bytes})`));
      pdf.font(fonts.regular).fontSize(9).text(p(f.sha256));
    }
  }
  pdf.end();
  return done;
}
