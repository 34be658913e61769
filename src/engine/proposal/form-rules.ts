/**
 * Completeness of the proposal form (admissibility): what must be filled in before it can be
 * submitted, beside the eligibility rules. Same finding shape, so the review page lists both.
 */

import type { BudgetMatrix } from '../budget/lump-sum.ts';
import type { CallDefinition, Localised } from '../call-definition/types.ts';
import type { Finding, Severity } from '../eligibility/types.ts';
import { integer } from '../i18n/format.ts';
import { budgetHolders, type ProposalDocument } from './document.ts';

interface FormRule {
  id: string;
  severity: Severity;
  check(doc: ProposalDocument, call: CallDefinition, budget: BudgetMatrix): Finding[];
}

function finding(
  id: string,
  severity: Severity,
  basis: Finding['basis'],
  message: Localised,
  fix: Localised,
  field: string,
  facts: Record<string, unknown> = {},
): Finding {
  return { rule: id, severity, message, fix, basis, field, facts };
}

const acronym: FormRule = {
  id: 'form.acronym',
  severity: 'error',
  check: (doc, call) =>
    doc.general.acronym.trim()
      ? []
      : [
          finding(
            'form.acronym',
            'error',
            call.proposalForm.complete,
            { en: 'The proposal has no acronym.', da: 'Forslaget har intet akronym.' },
            { en: 'Give the project a short acronym.', da: 'Giv projektet et kort akronym.' },
            'general.acronym',
          ),
        ],
};

const title: FormRule = {
  id: 'form.title',
  severity: 'error',
  check: (doc, call) =>
    doc.general.title.trim()
      ? []
      : [
          finding(
            'form.title',
            'error',
            call.proposalForm.complete,
            { en: 'The proposal has no title.', da: 'Forslaget har ingen titel.' },
            { en: 'Give the project its full title.', da: 'Giv projektet dets fulde titel.' },
            'general.title',
          ),
        ],
};

const answers: FormRule = {
  id: 'form.answers',
  severity: 'error',
  check: (doc, call) => {
    const limit = call.proposalForm.answerMaxCharacters;
    const out: Finding[] = [];
    for (const criterion of call.awardCriteria.criteria) {
      const text = doc.answers[criterion.id] ?? '';
      const field = `answers:${criterion.id}`;
      if (!text.trim()) {
        out.push(
          finding(
            'form.answer-missing',
            'error',
            call.proposalForm.complete,
            {
              en: `The answer to "${criterion.name.en}" is empty.`,
              da: `Svaret på "${criterion.name.da}" er tomt.`,
            },
            {
              en: `Write how the proposal meets the award criterion "${criterion.name.en}".`,
              da: `Beskriv, hvordan forslaget opfylder tildelingskriteriet "${criterion.name.da}".`,
            },
            field,
            { criterion: criterion.id },
          ),
        );
      } else if (text.length > limit.value) {
        out.push(
          finding(
            'form.answer-length',
            'error',
            limit,
            {
              en: `The answer to "${criterion.name.en}" has ${integer(text.length, 'en')} characters; the limit is ${integer(limit.value, 'en')}.`,
              da: `Svaret på "${criterion.name.da}" har ${integer(text.length, 'da')} tegn; grænsen er ${integer(limit.value, 'da')}.`,
            },
            {
              en: `Shorten it by ${integer(text.length - limit.value, 'en')} characters.`,
              da: `Forkort det med ${integer(text.length - limit.value, 'da')} tegn.`,
            },
            field,
            { criterion: criterion.id, characters: text.length, limit: limit.value },
          ),
        );
      }
    }
    return out;
  },
};

const projectManagement: FormRule = {
  id: 'form.project-management',
  severity: 'error',
  check: (doc, call) => {
    const basis = call.proposalForm.projectManagementWorkPackage;
    if (!basis.value || doc.workPlan.workPackages.some((w) => w.number === 1)) return [];
    return [
      finding(
        'form.project-management',
        'error',
        basis,
        {
          en: 'The work plan has no WP1; work package 1 is project management.',
          da: 'Arbejdsplanen har ingen WP1; arbejdspakke 1 er projektledelse.',
        },
        {
          en: 'Add work package 1, "Project management", led by the coordinator.',
          da: 'Tilføj arbejdspakke 1, "Projektledelse", ledet af koordinatoren.',
        },
        'work-plan',
      ),
    ];
  },
};

const workPackages: FormRule = {
  id: 'form.work-packages',
  severity: 'error',
  check: (doc, call, budget) => {
    const out: Finding[] = [];
    const holders = new Set(budgetHolders(doc).map((p) => p.id));
    const months = doc.general.durationMonths;
    doc.workPlan.workPackages.forEach((wp, i) => {
      const field = `work-plan.workPackages[${i}]`;
      const label = `WP${wp.number}`;
      if (!wp.title.trim()) {
        out.push(
          finding(
            'form.work-package-title',
            'error',
            call.proposalForm.complete,
            { en: `${label} has no title.`, da: `${label} har ingen titel.` },
            { en: `Give ${label} a title.`, da: `Giv ${label} en titel.` },
            `${field}.title`,
          ),
        );
      }
      wp.deliverables.forEach((d, j) => {
        if (d.title.trim()) return;
        out.push(
          finding(
            'form.deliverable-title',
            'error',
            call.proposalForm.complete,
            {
              en: `Deliverable ${j + 1} of ${label} has no title.`,
              da: `Leverance ${j + 1} i ${label} har ingen titel.`,
            },
            {
              en: `Say what deliverable ${j + 1} of ${label} is.`,
              da: `Angiv, hvad leverance ${j + 1} i ${label} er.`,
            },
            `${field}.deliverables[${j}].title`,
          ),
        );
      });
      if (!wp.leadParticipantId || !holders.has(wp.leadParticipantId)) {
        out.push(
          finding(
            'form.work-package-lead',
            'error',
            call.proposalForm.complete,
            {
              en: `${label} has no lead among the beneficiaries.`,
              da: `${label} har ingen leder blandt støttemodtagerne.`,
            },
            {
              en: `Choose the beneficiary that leads ${label}.`,
              da: `Vælg den støttemodtager, der leder ${label}.`,
            },
            `${field}.leadParticipantId`,
          ),
        );
      }
      if (wp.startMonth > wp.endMonth || wp.endMonth > months) {
        out.push(
          finding(
            'form.work-package-months',
            'error',
            call.proposalForm.complete,
            {
              en: `${label} runs from month ${wp.startMonth} to month ${wp.endMonth}; the project lasts ${months} months.`,
              da: `${label} løber fra måned ${wp.startMonth} til måned ${wp.endMonth}; projektet varer ${months} måneder.`,
            },
            {
              en: `Let ${label} start no later than it ends and end by month ${months}.`,
              da: `Lad ${label} starte senest, når den slutter, og slutte senest i måned ${months}.`,
            },
            `${field}.endMonth`,
            { startMonth: wp.startMonth, endMonth: wp.endMonth, durationMonths: months },
          ),
        );
      }
      if (wp.deliverables.length === 0) {
        out.push(
          finding(
            'form.work-package-deliverables',
            'warning',
            call.proposalForm.complete,
            { en: `${label} has no deliverable.`, da: `${label} har ingen leverancer.` },
            {
              en: `List what ${label} delivers: the lump sum of a work package is paid when it is completed, as its deliverables show.`,
              da: `Angiv, hvad ${label} leverer: en arbejdspakkes faste beløb udbetales, når den er gennemført, som leverancerne viser.`,
            },
            `${field}.deliverables`,
          ),
        );
      }
      if ((budget.byWorkPackage[wp.id]?.total ?? 0) === 0) {
        out.push(
          finding(
            'form.work-package-budget',
            'warning',
            call.budget.costCategories,
            { en: `${label} has no budget.`, da: `${label} har intet budget.` },
            {
              en: `Enter the beneficiaries' estimated costs for ${label}.`,
              da: `Angiv støttemodtagernes anslåede omkostninger for ${label}.`,
            },
            `${field}`,
          ),
        );
      }
    });
    return out;
  },
};

const beneficiaryBudgets: FormRule = {
  id: 'form.beneficiary-budget',
  severity: 'warning',
  check: (doc, call, budget) =>
    budgetHolders(doc)
      .filter((p) => (budget.byBeneficiary[p.id]?.total ?? 0) === 0)
      .map((p) =>
        finding(
          'form.beneficiary-budget',
          'warning',
          call.budget.costCategories,
          {
            en: `${p.organisation.legalName} has no costs in the budget.`,
            da: `${p.organisation.legalName} har ingen omkostninger i budgettet.`,
          },
          {
            en: `Enter ${p.organisation.legalName}'s estimated costs per work package, or make it an associated partner.`,
            da: `Angiv ${p.organisation.legalName}s anslåede omkostninger pr. arbejdspakke, eller gør den til associeret partner.`,
          },
          `budget:${p.id}`,
          { participant: p.id },
        ),
      ),
};

export const FORM_RULES: readonly FormRule[] = [
  acronym,
  title,
  projectManagement,
  workPackages,
  beneficiaryBudgets,
  answers,
];

export function checkForm(doc: ProposalDocument, call: CallDefinition, budget: BudgetMatrix): Finding[] {
  return FORM_RULES.flatMap((rule) => rule.check(doc, call, budget));
}
