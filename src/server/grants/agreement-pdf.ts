/**
 * The grant agreement summary as a PDF in English or Danish: the parties, the maximum grant, the
 * lump-sum split per work package and per beneficiary, the payment schedule with the status of
 * each value the call data gives, the bank account (masked) and where the grant stands.
 */
import PDFDocument from 'pdfkit';
import type { GrantView } from '../../contracts/grants.ts';
import type { Lang, Status } from '../../engine/call-definition/types.ts';
import { euros } from '../../engine/i18n/format.ts';
import { pdfFonts, printable } from '../exports/pdf-fonts.ts';
import { table } from '../exports/pdf-table.ts';

const WORDS = {
  en: {
    heading: 'Erasmus+ Alliances for Innovation: grant agreement summary',
    call: 'Call',
    lot: 'Lot',
    state: 'State',
    amount: 'Maximum grant',
    duration: 'Duration',
    months: 'months',
    periods: 'Reporting periods',
    coordinator: 'Coordinator',
    participants: 'Beneficiaries and their lump-sum shares',
    name: 'Organisation',
    country: 'Country',
    role: 'Role',
    share: 'Share',
    workPackages: 'Work packages and their lump-sum shares',
    wp: 'Work package',
    total: 'Total',
    schedule: 'Payment schedule (call data)',
    preFinancing: 'Pre-financing on signature',
    ceiling: 'Pre-financing and interim payments at most',
    partial: 'Partially completed work packages',
    bank: 'Bank account',
    noBank: 'not given yet',
    paid: 'Paid so far',
    status: { confirmed: 'confirmed', secondary: 'secondary source', unconfirmed: 'unconfirmed' },
    rule: {
      'whole-share': 'only completed work packages are paid',
      'pro-rata-at-final': 'paid pro rata at the final payment',
    },
    states: {
      preparation: 'in preparation',
      confirmed: 'confirmed by the coordinator',
      signed: 'signed',
      closed: 'closed (final payment made)',
      cancelled: 'cancelled',
    },
    roles: {
      coordinator: 'coordinator',
      beneficiary: 'beneficiary',
      'affiliated-entity': 'affiliated entity',
      'associated-partner': 'associated partner',
    },
  },
  da: {
    heading: 'Erasmus+ Alliancer for innovation: resumé af tilskudsaftalen',
    call: 'Indkaldelse',
    lot: 'Lot',
    state: 'Status',
    amount: 'Maksimalt tilskud',
    duration: 'Varighed',
    months: 'måneder',
    periods: 'Rapporteringsperioder',
    coordinator: 'Koordinator',
    participants: 'Modtagere og deres andele af engangsbeløbet',
    name: 'Organisation',
    country: 'Land',
    role: 'Rolle',
    share: 'Andel',
    workPackages: 'Arbejdspakker og deres andele af engangsbeløbet',
    wp: 'Arbejdspakke',
    total: 'I alt',
    schedule: 'Betalingsplan (indkaldelsens data)',
    preFinancing: 'Forfinansiering ved underskrift',
    ceiling: 'Forfinansiering og mellemliggende betalinger højst',
    partial: 'Delvist gennemførte arbejdspakker',
    bank: 'Bankkonto',
    noBank: 'endnu ikke oplyst',
    paid: 'Udbetalt indtil nu',
    status: { confirmed: 'bekræftet', secondary: 'sekundær kilde', unconfirmed: 'ubekræftet' },
    rule: {
      'whole-share': 'kun gennemførte arbejdspakker udbetales',
      'pro-rata-at-final': 'udbetales forholdsmæssigt ved den endelige betaling',
    },
    states: {
      preparation: 'under forberedelse',
      confirmed: 'bekræftet af koordinatoren',
      signed: 'underskrevet',
      closed: 'afsluttet (endelig betaling foretaget)',
      cancelled: 'annulleret',
    },
    roles: {
      coordinator: 'koordinator',
      beneficiary: 'modtager',
      'affiliated-entity': 'tilknyttet enhed',
      'associated-partner': 'associeret partner',
    },
  },
} as const;

export function agreementPdf(g: GrantView, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const fonts = pdfFonts();
  const p = (text: string) => printable(text, fonts);
  const money = (n: number) => p(euros(n, lang));
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: p(`${w.heading}: ${g.acronym}`), Creator: 'Alliances' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const line = (label: string, value: string) =>
    pdf
      .moveDown(0.3)
      .font(fonts.bold)
      .fontSize(10)
      .fillColor('#171a22')
      .text(p(`${label}: `), { continued: true })
      .font(fonts.regular)
      .text(p(value));
  const heading = (text: string) =>
    pdf.moveDown(1).font(fonts.bold).fontSize(13).fillColor('#004494').text(p(text)).moveDown(0.4);
  const status = (s: unknown) => w.status[s as Status] ?? String(s);

  pdf.font(fonts.regular).fontSize(10).fillColor('#515560').text(p(w.heading));
  pdf
    .moveDown(0.5)
    .font(fonts.bold)
    .fontSize(20)
    .fillColor('#004494')
    .text(p(`${g.acronym}: ${g.title}`));
  line(w.call, g.callId);
  line(w.lot, g.lotName[lang]);
  line(w.state, w.states[g.state]);
  line(w.amount, money(g.amount));
  line(w.duration, `${g.durationMonths} ${w.months}`);
  line(w.periods, String(g.periods));
  const coordinator = g.participants.find((q) => q.role === 'coordinator');
  if (coordinator) line(w.coordinator, `${coordinator.name} (${coordinator.country})`);
  line(w.bank, g.bankAccount ? `${g.bankAccount.holder}, ${g.bankAccount.iban}` : w.noBank);
  line(w.paid, money(g.paid));

  heading(w.participants);
  table(
    pdf,
    fonts,
    [
      { header: p(w.name), width: 235 },
      { header: p(w.country), width: 60 },
      { header: p(w.role), width: 100 },
      { header: p(w.share), width: 100, align: 'right' },
    ],
    [
      ...g.participants.map((q) => [
        p(q.name),
        q.country,
        p(w.roles[q.role as keyof typeof w.roles] ?? q.role),
        money(q.share),
      ]),
      [p(w.total), '', '', money(g.participants.reduce((s, q) => s + q.share, 0))],
    ],
    { boldLast: true },
  );

  heading(w.workPackages);
  table(
    pdf,
    fonts,
    [
      { header: p(w.wp), width: 395 },
      { header: p(w.share), width: 100, align: 'right' },
    ],
    [
      ...g.workPackages.map((wp) => [p(`WP${wp.number} ${wp.title}`), money(wp.share)]),
      [p(w.total), money(g.workPackages.reduce((s, wp) => s + wp.share, 0))],
    ],
    { boldLast: true },
  );

  heading(w.schedule);
  const s = g.schedule as Record<string, { value: unknown; status: unknown; definedAt: string }>;
  const pre = s.preFinancingPercent!;
  const ceiling = s.interimCeilingPercent!;
  const partial = s.partialCompletion!;
  line(w.preFinancing, `${pre.value} % (${status(pre.status)}; ${pre.definedAt})`);
  line(w.ceiling, `${ceiling.value} % (${status(ceiling.status)}; ${ceiling.definedAt})`);
  line(
    w.partial,
    `${w.rule[partial.value as keyof typeof w.rule] ?? String(partial.value)} (${status(partial.status)}; ${partial.definedAt})`,
  );
  pdf.end();
  return done;
}
