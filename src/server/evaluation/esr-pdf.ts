/** The evaluation summary report as a PDF, in English or Danish. */
import PDFDocument from 'pdfkit';
import { euros } from '../../engine/i18n/format.ts';
import { pdfFonts, printable } from '../exports/pdf-fonts.ts';
import type { EsrData } from './esr-data.ts';

const WORDS = {
  en: {
    title: 'Evaluation Summary Report',
    call: 'Call',
    topic: 'Topic',
    proposal: 'Proposal',
    lot: 'Lot',
    coordinator: 'Coordinator',
    submitted: 'Version evaluated',
    screening: 'Admissibility and eligibility',
    eligible: 'Eligible',
    ineligible: 'Not eligible',
    reason: "The agency's reason",
    scores: 'Scores per award criterion',
    threshold: 'threshold',
    met: 'met',
    missed: 'not met',
    total: 'Total',
    overall: 'overall threshold',
    decision: 'Outcome',
    decisions: {
      selected: 'Selected for funding',
      reserve: 'Reserve list',
      'below-threshold': 'Below a threshold: not funded',
    } as Record<string, string>,
    rank: 'Rank in the lot',
    envelope: 'Budget of the lot',
    committed: 'committed',
    cutOff: 'Score of the last selected proposal',
    sources: 'Drawn from the experts’ statements',
    pending: 'The ranking has not been confirmed yet.',
    agency: 'Agency copy: each comment with the statements it draws on.',
  },
  da: {
    title: 'Evalueringsrapport (sammenfatning)',
    call: 'Indkaldelse',
    topic: 'Emne',
    proposal: 'Ansøgning',
    lot: 'Lot',
    coordinator: 'Koordinator',
    submitted: 'Evalueret version',
    screening: 'Formelle krav og støtteberettigelse',
    eligible: 'Støtteberettiget',
    ineligible: 'Ikke støtteberettiget',
    reason: 'Agenturets begrundelse',
    scores: 'Point pr. tildelingskriterium',
    threshold: 'tærskel',
    met: 'opfyldt',
    missed: 'ikke opfyldt',
    total: 'I alt',
    overall: 'samlet tærskel',
    decision: 'Resultat',
    decisions: {
      selected: 'Udvalgt til støtte',
      reserve: 'Reserveliste',
      'below-threshold': 'Under en tærskel: ikke støttet',
    } as Record<string, string>,
    rank: 'Placering i lottet',
    envelope: 'Lottets budget',
    committed: 'bevilget',
    cutOff: 'Point for den sidste udvalgte ansøgning',
    sources: 'Bygger på eksperternes udsagn',
    pending: 'Rangordningen er endnu ikke bekræftet.',
    agency: 'Agenturets eksemplar: hver kommentar med de udsagn, den bygger på.',
  },
};

export function esrPdf(data: EsrData): Promise<Buffer> {
  const w = WORDS[data.lang];
  // Names such as Łódź or Győr need a Unicode font; see ../exports/pdf-fonts.ts.
  const fonts = pdfFonts();
  const p = (text: string) => printable(text, fonts);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${w.title}: ${data.proposal.acronym}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font(fonts.bold).fontSize(18).text(p(w.title));
  doc.moveDown(0.5).fontSize(10);
  const line = (label: string, value: string) =>
    doc.font(fonts.bold).text(`${label}: `, { continued: true }).font(fonts.regular).text(p(value));
  line(w.call, data.call.identifier);
  if (data.call.topic) line(w.topic, data.call.topic);
  line(w.proposal, `${data.proposal.acronym}: ${data.proposal.title}`);
  line(w.lot, data.proposal.lotName);
  line(w.coordinator, data.proposal.coordinator);
  line(w.submitted, `#${data.proposal.number}, ${data.proposal.submittedAt}`);
  if (data.agencyView) doc.moveDown(0.3).font(fonts.regular).text(w.agency).font(fonts.regular);

  if (data.screening) {
    doc.moveDown().fontSize(13).font(fonts.bold).text(w.screening).fontSize(10).font(fonts.regular);
    doc.text(data.screening.decision === 'eligible' ? w.eligible : w.ineligible);
    for (const f of data.screening.findings) doc.text(p(`• ${f}`));
    line(w.reason, data.screening.reason);
  }
  if (data.criteria.length > 0) {
    doc.moveDown().fontSize(13).font(fonts.bold).text(w.scores).fontSize(10).font(fonts.regular);
    for (const c of data.criteria) {
      doc
        .moveDown(0.5)
        .font(fonts.bold)
        .text(
          `${c.name}: ${c.score}/${c.maximum} (${w.threshold} ${c.threshold}, ${c.met ? w.met : w.missed})`,
        );
      doc.font(fonts.regular).text(p(c.comment));
      if (c.sources.length > 0) {
        doc.font(fonts.regular).text(`${w.sources}:`);
        for (const s of c.sources)
          doc
            .fillColor('#444444')
            .text(p(`  [${s.ref}] ${s.expert} (${s.score}): "${s.text}"`))
            .fillColor('black');
        doc.font(fonts.regular);
      }
    }
    if (data.total !== null) {
      doc
        .moveDown(0.5)
        .font(fonts.bold)
        .text(
          `${w.total}: ${data.total}/100 (${w.overall} ${data.overallThreshold}, ${data.total >= data.overallThreshold ? w.met : w.missed})`,
        )
        .font(fonts.regular);
    }
  }
  doc.moveDown().fontSize(13).font(fonts.bold).text(w.decision).fontSize(10).font(fonts.regular);
  if (data.outcome) {
    doc.text(w.decisions[data.outcome.decision] ?? data.outcome.decision);
    if (data.outcome.rank !== null) line(w.rank, String(data.outcome.rank));
    line(
      w.envelope,
      `${euros(data.outcome.envelope, data.lang)} (${euros(data.outcome.committed, data.lang)} ${w.committed})`,
    );
    if (data.outcome.cutOff !== null) line(w.cutOff, String(data.outcome.cutOff));
    for (const r of data.outcome.reasons) doc.text(p(`• ${r}`));
  } else if (data.screening?.decision !== 'ineligible') {
    doc.text(w.pending);
  }
  doc.end();
  return done;
}
