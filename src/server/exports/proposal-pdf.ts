/**
 * The proposal as a PDF, in English or Danish: a title page (acronym, title, call, lot,
 * duration), the participants with PIC, country, type and role, the work packages with their
 * deliverables, the budget per work package and per beneficiary, and the answer to each award
 * criterion. Text goes through printable() so that every European letter comes out right.
 */
import PDFDocument from 'pdfkit';
import type { BudgetMatrix } from '../../engine/budget/lump-sum.ts';
import type { CallDefinition, Catalogue, Lang, LotId } from '../../engine/call-definition/types.ts';
import { euros, integer } from '../../engine/i18n/format.ts';
import { budgetHolders, type ProposalDocument } from '../../engine/proposal/document.ts';
import { pdfFonts, printable } from './pdf-fonts.ts';
import { table } from './pdf-table.ts';

export interface ProposalPdfInput {
  doc: ProposalDocument;
  call: CallDefinition;
  budget: BudgetMatrix;
  catalogue: Catalogue;
  lang: Lang;
  generatedAt: Date;
}

const WORDS = {
  en: {
    heading: 'Erasmus+ Alliances for Innovation: proposal',
    noAcronym: '(no acronym)',
    call: 'Call',
    topic: 'Topic',
    lot: 'Lot',
    duration: 'Duration',
    months: 'months',
    ecosystem: 'Ecosystem',
    none: 'none',
    grant: 'Requested grant',
    summary: 'Summary',
    generated: 'Generated',
    participants: 'Participants',
    organisation: 'Organisation',
    pic: 'PIC',
    country: 'Country',
    type: 'Type',
    role: 'Role',
    roles: {
      coordinator: 'Coordinator',
      beneficiary: 'Beneficiary',
      'affiliated-entity': 'Affiliated entity',
      'associated-partner': 'Associated partner',
    } as Record<string, string>,
    workPlan: 'Work plan',
    lead: 'Lead',
    monthsRange: 'Months',
    deliverables: 'Deliverables',
    noDeliverables: 'No deliverables.',
    month: 'month',
    kinds: {
      report: 'report',
      curriculum: 'curriculum',
      training: 'training',
      tool: 'tool',
      event: 'event',
      other: 'other',
    } as Record<string, string>,
    budget: 'Budget summary',
    indirectNote: 'Indirect costs: a flat rate of {rate} % of the direct costs.',
    workPackage: 'Work package',
    direct: 'Direct costs',
    indirect: 'Indirect costs',
    total: 'Total',
    all: 'All work packages',
    beneficiary: 'Beneficiary',
    allBeneficiaries: 'All beneficiaries',
    answers: 'Answers to the award criteria',
    noAnswer: '(no answer yet)',
  },
  da: {
    heading: 'Erasmus+ Alliancer for innovation: ansøgning',
    noAcronym: '(intet akronym)',
    call: 'Indkaldelse',
    topic: 'Emne',
    lot: 'Lot',
    duration: 'Varighed',
    months: 'måneder',
    ecosystem: 'Økosystem',
    none: 'intet',
    grant: 'Ansøgt tilskud',
    summary: 'Resumé',
    generated: 'Dannet',
    participants: 'Deltagere',
    organisation: 'Organisation',
    pic: 'PIC',
    country: 'Land',
    type: 'Type',
    role: 'Rolle',
    roles: {
      coordinator: 'Koordinator',
      beneficiary: 'Støttemodtager',
      'affiliated-entity': 'Tilknyttet enhed',
      'associated-partner': 'Associeret partner',
    } as Record<string, string>,
    workPlan: 'Arbejdsplan',
    lead: 'Leder',
    monthsRange: 'Måneder',
    deliverables: 'Leverancer',
    noDeliverables: 'Ingen leverancer.',
    month: 'måned',
    kinds: {
      report: 'rapport',
      curriculum: 'uddannelsesplan',
      training: 'kursus',
      tool: 'værktøj',
      event: 'arrangement',
      other: 'andet',
    } as Record<string, string>,
    budget: 'Budgetoversigt',
    indirectNote: 'Indirekte omkostninger: en fast sats på {rate} % af de direkte omkostninger.',
    workPackage: 'Arbejdspakke',
    direct: 'Direkte omkostninger',
    indirect: 'Indirekte omkostninger',
    total: 'I alt',
    all: 'Alle arbejdspakker',
    beneficiary: 'Støttemodtager',
    allBeneficiaries: 'Alle støttemodtagere',
    answers: 'Svar på tildelingskriterierne',
    noAnswer: '(intet svar endnu)',
  },
};

export function proposalPdf(input: ProposalPdfInput): Promise<Buffer> {
  const { doc: proposal, call, budget, catalogue, lang } = input;
  const w = WORDS[lang];
  const fonts = pdfFonts();
  const p = (text: string) => printable(text, fonts);
  const general = proposal.general;
  const lot = call.lots[general.lot as LotId];
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: p(`${general.acronym || w.noAcronym}: ${general.title}`), Creator: 'Alliances' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string, size = 15) =>
    pdf
      .font(fonts.bold)
      .fontSize(size)
      .fillColor('#004494')
      .text(p(text))
      .fillColor('#171a22')
      .font(fonts.regular)
      .fontSize(10)
      .moveDown(0.4);
  const line = (label: string, value: string) =>
    pdf
      .font(fonts.bold)
      .text(p(`${label}: `), { continued: true })
      .font(fonts.regular)
      .text(p(value));
  const orgName = (id: string | null) =>
    proposal.participants.find((x) => x.id === id)?.organisation.legalName ?? '—';
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

  // Title page
  pdf.font(fonts.regular).fontSize(11).fillColor('#515560').text(p(w.heading));
  pdf
    .moveDown(2)
    .font(fonts.bold)
    .fontSize(32)
    .fillColor('#004494')
    .text(p(general.acronym || w.noAcronym));
  pdf.moveDown(0.5).font(fonts.regular).fontSize(16).fillColor('#171a22').text(p(general.title));
  pdf.moveDown(1.5).fontSize(11);
  line(w.call, call.call.identifier.value);
  if (lot) line(w.topic, lot.topic.value);
  line(w.lot, lot ? lot.name.value[lang] : general.lot);
  line(w.duration, `${general.durationMonths} ${w.months}`);
  line(
    w.ecosystem,
    general.ecosystem ? (catalogue.ecosystems[general.ecosystem]?.name[lang] ?? general.ecosystem) : w.none,
  );
  line(w.grant, euros(general.requestedGrant, lang));
  line(w.generated, `${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  if (general.summary) {
    pdf.moveDown();
    heading(w.summary, 12);
    pdf.text(p(general.summary));
  }

  pdf.addPage();
  heading(w.participants);
  table(
    pdf,
    fonts,
    [
      { header: '#', width: 22 },
      { header: w.organisation, width: width - 22 - 70 - 90 - 110 - 83 },
      { header: w.pic, width: 70 },
      { header: w.country, width: 90 },
      { header: w.type, width: 110 },
      { header: w.role, width: 83 },
    ],
    proposal.participants.map((x, i) => [
      String(i + 1),
      p(x.organisation.legalName),
      x.organisation.pic ?? '—',
      p(catalogue.countries[x.organisation.country]?.name[lang] ?? x.organisation.country),
      p(catalogue.organisationTypes[x.organisation.type]?.[lang] ?? x.organisation.type),
      w.roles[x.role] ?? x.role,
    ]),
  );

  heading(w.workPlan);
  for (const wp of [...proposal.workPlan.workPackages].sort((a, b) => a.number - b.number)) {
    if (pdf.y > pdf.page.height - 160) pdf.addPage();
    heading(`WP${wp.number} ${wp.title}`, 12);
    line(w.lead, orgName(wp.leadParticipantId));
    line(w.monthsRange, `${wp.startMonth}–${wp.endMonth}`);
    if (wp.description) pdf.moveDown(0.3).text(p(wp.description));
    pdf.moveDown(0.3).font(fonts.bold).text(p(w.deliverables)).font(fonts.regular);
    if (wp.deliverables.length === 0) pdf.text(p(w.noDeliverables));
    for (const d of wp.deliverables)
      pdf.text(p(`• ${d.title} (${w.month} ${d.month}, ${w.kinds[d.kind] ?? d.kind})`), { indent: 10 });
    pdf.moveDown();
  }

  pdf.addPage();
  heading(w.budget);
  pdf.text(p(w.indirectNote.replace('{rate}', integer(budget.indirectCostRatePercent, lang)))).moveDown(0.5);
  const money = (n: number) => euros(n, lang);
  const wpRows = budget.workPackageIds.map((id) => {
    const wp = proposal.workPlan.workPackages.find((x) => x.id === id)!;
    const a = budget.byWorkPackage[id]!;
    return [p(`WP${wp.number} ${wp.title}`), money(a.direct), money(a.indirect), money(a.total)];
  });
  const right = { align: 'right' as const };
  table(
    pdf,
    fonts,
    [
      { header: w.workPackage, width: width - 3 * 95 },
      { header: w.direct, width: 95, ...right },
      { header: w.indirect, width: 95, ...right },
      { header: w.total, width: 95, ...right },
    ],
    [...wpRows, [w.all, money(budget.total.direct), money(budget.total.indirect), money(budget.total.total)]],
    { boldLast: true },
  );
  table(
    pdf,
    fonts,
    [
      { header: w.beneficiary, width: width - 2 * 110 },
      { header: w.direct, width: 110, ...right },
      { header: w.total, width: 110, ...right },
    ],
    [
      ...budgetHolders(proposal).map((x) => [
        p(x.organisation.legalName),
        money(budget.byBeneficiary[x.id]?.direct ?? 0),
        money(budget.byBeneficiary[x.id]?.total ?? 0),
      ]),
      [w.allBeneficiaries, money(budget.total.direct), money(budget.total.total)],
    ],
    { boldLast: true },
  );
  line(w.grant, money(general.requestedGrant));

  pdf.addPage();
  heading(w.answers);
  for (const criterion of call.awardCriteria.criteria) {
    heading(criterion.name[lang], 12);
    pdf.text(p(proposal.answers[criterion.id]?.trim() || w.noAnswer)).moveDown();
  }
  pdf.end();
  return done;
}
