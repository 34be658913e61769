/** The proposal form's completeness findings in Danish: the keys and facts of ./en.ts. */
import type { PartADeclaration } from '../../call-definition/types.ts';
import type { Translation } from '../../i18n/catalogue.ts';
import { integer, listAnd } from '../../i18n/format.ts';
import type { en, RepresentativeField } from './en.ts';

/** A declaration of Part A as the messages name it, short (the call's text is the full one). */
export const DECLARATION_NAME_DA: Record<PartADeclaration, string> = {
  'exclusion-grounds': 'udelukkelsesgrunde',
  'double-funding': 'dobbeltfinansiering',
  'financial-capacity': 'finansiel kapacitet',
  'operational-capacity': 'operationel kapacitet',
  'ethics-self-assessment': 'etisk selvevaluering',
  'security-self-assessment': 'sikkerhedsselvevaluering',
  'on-behalf-of-all': 'erklæringen på alle deltageres vegne',
};

const REPRESENTATIVE_FIELD_DA: Record<RepresentativeField, string> = {
  name: 'navn',
  position: 'stilling',
  email: 'e-mailadresse',
};

export const da: Translation<typeof en> = {
  'form.acronym.missing': () => 'Ansøgningen har intet akronym.',
  'form.acronym.fix': () => 'Giv projektet et kort akronym.',
  'form.title.missing': () => 'Ansøgningen har ingen titel.',
  'form.title.fix': () => 'Giv projektet dets fulde titel.',
  'form.answer-missing.failed': (p) => `Svaret på »${p.criterion.da}« er tomt.`,
  'form.answer-missing.fix': (p) =>
    `Beskriv, hvordan ansøgningen opfylder tildelingskriteriet »${p.criterion.da}«.`,
  'form.answer-length.failed': (p) =>
    `Svaret på »${p.criterion.da}« har ${integer(p.characters, 'da')} tegn; grænsen er ${integer(p.limit, 'da')}.`,
  'form.answer-length.fix': (p) => `Forkort det med ${integer(p.characters - p.limit, 'da')} tegn.`,
  'form.project-management.missing': () => 'Arbejdsplanen har ingen WP1; arbejdspakke 1 er projektledelse.',
  'form.project-management.fix': () => 'Tilføj arbejdspakke 1, »Projektledelse«, ledet af koordinatoren.',
  'form.work-package-title.missing': (p) => `WP${p.workPackage} har ingen titel.`,
  'form.work-package-title.fix': (p) => `Giv WP${p.workPackage} en titel.`,
  'form.deliverable-title.missing': (p) => `Leverance ${p.deliverable} i WP${p.workPackage} har ingen titel.`,
  'form.deliverable-title.fix': (p) => `Angiv, hvad leverance ${p.deliverable} i WP${p.workPackage} er.`,
  'form.work-package-lead.missing': (p) => `WP${p.workPackage} har ingen leder blandt støttemodtagerne.`,
  'form.work-package-lead.fix': (p) => `Vælg den støttemodtager, der leder WP${p.workPackage}.`,
  'form.work-package-months.failed': (p) =>
    `WP${p.workPackage} løber fra måned ${p.startMonth} til måned ${p.endMonth}; projektet varer ${p.durationMonths} måneder.`,
  'form.work-package-months.fix': (p) =>
    `Lad WP${p.workPackage} starte senest, når den slutter, og slutte senest i måned ${p.durationMonths}.`,
  'form.work-package-deliverables.missing': (p) => `WP${p.workPackage} har ingen leverancer.`,
  'form.work-package-deliverables.fix': (p) =>
    `Angiv, hvad WP${p.workPackage} leverer: en arbejdspakkes faste beløb udbetales, når den er gennemført, som leverancerne viser.`,
  'form.work-package-budget.missing': (p) => `WP${p.workPackage} har intet budget.`,
  'form.work-package-budget.fix': (p) =>
    `Angiv støttemodtagernes anslåede omkostninger for WP${p.workPackage}.`,
  'form.beneficiary-budget.missing': (p) => `${p.name} har ingen omkostninger i budgettet.`,
  'form.beneficiary-budget.fix': (p) =>
    `Angiv ${p.name}s anslåede omkostninger pr. arbejdspakke, eller gør den til associeret partner.`,
  'form.part-a-representative.missing': (p) =>
    `Del A for ${p.name}: den juridiske repræsentants ${listAnd(
      p.missing.map((f) => REPRESENTATIVE_FIELD_DA[f]),
      'da',
    )} mangler.`,
  'form.part-a-representative.fix': (p) =>
    `Angiv navn, stilling og e-mailadresse på den person, der kan skrive under for ${p.name}.`,
  'form.part-a-declarations.missing': (p) =>
    `Del A for ${p.name}: ${p.declarations.length === 1 ? 'én erklæring' : `${integer(p.declarations.length, 'da')} erklæringer`} er ikke afgivet (${listAnd(
      p.declarations.map((d) => DECLARATION_NAME_DA[d]),
      'da',
    )}).`,
  'form.part-a-declarations.fix': (p) =>
    `En kontaktperson for ${p.name} (eller for koordinatoren) afkrydser hver tro og love-erklæring og besvarer hvert spørgsmål i selvevalueringen med ja eller nej.`,
  'form.coordinator-declaration.missing': (p) =>
    `Koordinatoren har ikke afgivet ${listAnd(
      p.declarations.map((d) => DECLARATION_NAME_DA[d]),
      'da',
    )}.`,
  'form.coordinator-declaration.fix': () =>
    'En af koordinatorens kontaktpersoner afkrydser koordinatorens erklæring i del A, når alle deltagere er enige.',
};
