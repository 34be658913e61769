/**
 * The proposal form's completeness findings in English: message and fix per key, from the facts
 * the form rules hand over (../form-rules.ts). ./da.ts has the same keys with the same facts.
 */
import type { Localised, PartADeclaration } from '../../call-definition/types.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import { integer, listAnd } from '../../i18n/format.ts';

/** A work package as the messages name it: "WP2". */
export interface WorkPackageParams {
  workPackage: number;
}

export interface AnswerParams {
  criterion: Localised;
}

export interface WorkPackageMonths extends WorkPackageParams {
  startMonth: number;
  endMonth: number;
  durationMonths: number;
}

/** The legal representative's fields of a participant's Part A. */
export type RepresentativeField = 'name' | 'position' | 'email';

export interface RepresentativeParams {
  name: string;
  missing: RepresentativeField[];
}

export interface DeclarationsParams {
  name: string;
  declarations: PartADeclaration[];
}

/** A declaration of Part A as the messages name it, short (the call's text is the full one). */
export const DECLARATION_NAME_EN: Record<PartADeclaration, string> = {
  'exclusion-grounds': 'exclusion grounds',
  'double-funding': 'double funding',
  'financial-capacity': 'financial capacity',
  'operational-capacity': 'operational capacity',
  'ethics-self-assessment': 'ethics self-assessment',
  'security-self-assessment': 'security self-assessment',
  'on-behalf-of-all': 'declaration on behalf of all',
};

const REPRESENTATIVE_FIELD_EN: Record<RepresentativeField, string> = {
  name: 'name',
  position: 'position',
  email: 'e-mail address',
};

export const en = {
  'form.acronym.missing': () => 'The proposal has no acronym.',
  'form.acronym.fix': () => 'Give the project a short acronym.',
  'form.title.missing': () => 'The proposal has no title.',
  'form.title.fix': () => 'Give the project its full title.',
  'form.answer-missing.failed': (p: AnswerParams) => `The answer to "${p.criterion.en}" is empty.`,
  'form.answer-missing.fix': (p: AnswerParams) =>
    `Write how the proposal meets the award criterion "${p.criterion.en}".`,
  'form.answer-length.failed': (p: AnswerParams & { characters: number; limit: number }) =>
    `The answer to "${p.criterion.en}" has ${integer(p.characters, 'en')} characters; the limit is ${integer(p.limit, 'en')}.`,
  'form.answer-length.fix': (p: { characters: number; limit: number }) =>
    `Shorten it by ${integer(p.characters - p.limit, 'en')} characters.`,
  'form.project-management.missing': () => 'The work plan has no WP1; work package 1 is project management.',
  'form.project-management.fix': () => 'Add work package 1, "Project management", led by the coordinator.',
  'form.work-package-title.missing': (p: WorkPackageParams) => `WP${p.workPackage} has no title.`,
  'form.work-package-title.fix': (p: WorkPackageParams) => `Give WP${p.workPackage} a title.`,
  'form.deliverable-title.missing': (p: WorkPackageParams & { deliverable: number }) =>
    `Deliverable ${p.deliverable} of WP${p.workPackage} has no title.`,
  'form.deliverable-title.fix': (p: WorkPackageParams & { deliverable: number }) =>
    `Say what deliverable ${p.deliverable} of WP${p.workPackage} is.`,
  'form.work-package-lead.missing': (p: WorkPackageParams) =>
    `WP${p.workPackage} has no lead among the beneficiaries.`,
  'form.work-package-lead.fix': (p: WorkPackageParams) =>
    `Choose the beneficiary that leads WP${p.workPackage}.`,
  'form.work-package-months.failed': (p: WorkPackageMonths) =>
    `WP${p.workPackage} runs from month ${p.startMonth} to month ${p.endMonth}; the project lasts ${p.durationMonths} months.`,
  'form.work-package-months.fix': (p: WorkPackageMonths) =>
    `Let WP${p.workPackage} start no later than it ends and end by month ${p.durationMonths}.`,
  'form.work-package-deliverables.missing': (p: WorkPackageParams) =>
    `WP${p.workPackage} has no deliverable.`,
  'form.work-package-deliverables.fix': (p: WorkPackageParams) =>
    `List what WP${p.workPackage} delivers: the lump sum of a work package is paid when it is completed, as its deliverables show.`,
  'form.work-package-budget.missing': (p: WorkPackageParams) => `WP${p.workPackage} has no budget.`,
  'form.work-package-budget.fix': (p: WorkPackageParams) =>
    `Enter the beneficiaries' estimated costs for WP${p.workPackage}.`,
  'form.beneficiary-budget.missing': (p: { name: string }) => `${p.name} has no costs in the budget.`,
  'form.beneficiary-budget.fix': (p: { name: string }) =>
    `Enter ${p.name}'s estimated costs per work package, or make it an associated partner.`,
  'form.part-a-representative.missing': (p: RepresentativeParams) =>
    `Part A of ${p.name}: the legal representative's ${listAnd(
      p.missing.map((f) => REPRESENTATIVE_FIELD_EN[f]),
      'en',
    )} ${p.missing.length === 1 ? 'is' : 'are'} missing.`,
  'form.part-a-representative.fix': (p: { name: string }) =>
    `Give the name, position and e-mail address of the person who may sign for ${p.name}.`,
  'form.part-a-declarations.missing': (p: DeclarationsParams) =>
    `Part A of ${p.name}: ${p.declarations.length === 1 ? 'one declaration is' : `${integer(p.declarations.length, 'en')} declarations are`} not made (${listAnd(
      p.declarations.map((d) => DECLARATION_NAME_EN[d]),
      'en',
    )}).`,
  'form.part-a-declarations.fix': (p: { name: string }) =>
    `A contact of ${p.name} (or of the coordinator) ticks each declaration of honour and answers every self-assessment question yes or no.`,
  'form.coordinator-declaration.missing': (p: { declarations: PartADeclaration[] }) =>
    `The coordinator has not made the ${listAnd(
      p.declarations.map((d) => DECLARATION_NAME_EN[d]),
      'en',
    )}.`,
  'form.coordinator-declaration.fix': () =>
    "A coordinator's contact ticks the coordinator's declaration in Part A, once every participant agrees.",
} satisfies Catalogue;

export type FormMessageKey = keyof typeof en;
