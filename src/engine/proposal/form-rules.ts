/**
 * Completeness of the proposal form (admissibility): what must be filled in before it can be
 * submitted, beside the eligibility rules. Same finding shape, so the review page lists both.
 */

import type { BudgetMatrix } from '../budget/lump-sum.ts';
import type {
  CallDefinition,
  DeclarationDefinition,
  PartADeclaration,
  Sourced,
} from '../call-definition/types.ts';
import type { Finding, Severity } from '../eligibility/types.ts';
import { budgetHolders, emptySection, type ProposalDocument } from './document.ts';
import type { RepresentativeField } from './messages/en.ts';
import { type FormMessageKey, type FormParams, formMessage } from './messages/index.ts';
import type { PartASection } from './sections.ts';

interface FormRule {
  id: string;
  severity: Severity;
  check(doc: ProposalDocument, call: CallDefinition, budget: BudgetMatrix): Finding[];
}

/** A finding by its message and fix keys (./messages), with the facts both are written from. */
function finding<M extends FormMessageKey, F extends FormMessageKey>(
  id: string,
  severity: Severity,
  basis: Finding['basis'],
  messageKey: M,
  fixKey: F,
  params: FormParams<M> & FormParams<F>,
  field: string,
  facts: Record<string, unknown> = {},
): Finding {
  const p = params as Record<string, unknown>;
  return {
    rule: id,
    severity,
    messageKey,
    message: formMessage(messageKey, p),
    fixKey,
    fix: formMessage(fixKey, p),
    params: p,
    basis,
    field,
    facts,
  };
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
            'form.acronym.missing',
            'form.acronym.fix',
            {},
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
            'form.title.missing',
            'form.title.fix',
            {},
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
            'form.answer-missing.failed',
            'form.answer-missing.fix',
            { criterion: criterion.name },
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
            'form.answer-length.failed',
            'form.answer-length.fix',
            { criterion: criterion.name, characters: text.length, limit: limit.value },
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
        'form.project-management.missing',
        'form.project-management.fix',
        {},
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
      if (!wp.title.trim()) {
        out.push(
          finding(
            'form.work-package-title',
            'error',
            call.proposalForm.complete,
            'form.work-package-title.missing',
            'form.work-package-title.fix',
            { workPackage: wp.number },
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
            'form.deliverable-title.missing',
            'form.deliverable-title.fix',
            { workPackage: wp.number, deliverable: j + 1 },
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
            'form.work-package-lead.missing',
            'form.work-package-lead.fix',
            { workPackage: wp.number },
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
            'form.work-package-months.failed',
            'form.work-package-months.fix',
            {
              workPackage: wp.number,
              startMonth: wp.startMonth,
              endMonth: wp.endMonth,
              durationMonths: months,
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
            'form.work-package-deliverables.missing',
            'form.work-package-deliverables.fix',
            { workPackage: wp.number },
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
            'form.work-package-budget.missing',
            'form.work-package-budget.fix',
            { workPackage: wp.number },
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
          'form.beneficiary-budget.missing',
          'form.beneficiary-budget.fix',
          { name: p.organisation.legalName },
          `budget:${p.id}`,
          { participant: p.id },
        ),
      ),
};

const REPRESENTATIVE_FIELDS: readonly RepresentativeField[] = ['name', 'position', 'email'];

/**
 * The declarations of a Part A not made yet, with the field of the first: a declaration is made
 * when ticked, a self-assessment when each of its questions is answered yes or no.
 */
function notMade(
  definitions: readonly DeclarationDefinition[],
  section: string,
  declarations: Partial<Record<PartADeclaration, boolean>>,
  answers: Record<string, string>,
): { ids: PartADeclaration[]; questions: string[]; field?: string } {
  const ids: PartADeclaration[] = [];
  const questions: string[] = [];
  let field: string | undefined;
  for (const d of definitions) {
    if (d.questions) {
      const unanswered = d.questions.filter((q) => answers[q.id] !== 'yes' && answers[q.id] !== 'no');
      if (unanswered.length === 0) continue;
      ids.push(d.id);
      questions.push(...unanswered.map((q) => q.id));
      field ??= `${section}.answers.${unanswered[0]!.id}`;
    } else if (declarations[d.id] !== true) {
      ids.push(d.id);
      field ??= `${section}.declarations.${d.id}`;
    }
  }
  return { ids, questions, ...(field && { field }) };
}

/**
 * Part A, the administrative forms: every participant's legal representative, declarations of
 * honour and self-assessments, and the coordinator's declaration on behalf of all, as the call
 * lists them (submissionPackage.partADeclarations). All missing ones at once, per participant.
 */
export function partAFindings(doc: ProposalDocument, basis: Sourced<DeclarationDefinition[]>): Finding[] {
  const out: Finding[] = [];
  const each = basis.value.filter((d) => d.by === 'each-participant');
  for (const p of doc.participants) {
    const section = `part-a:${p.id}`;
    const form = doc.partA[p.id] ?? (emptySection(section) as PartASection);
    const name = p.organisation.legalName;
    const missing = REPRESENTATIVE_FIELDS.filter((f) => !form.legalRepresentative[f].trim());
    if (missing.length > 0) {
      out.push(
        finding(
          'form.part-a-representative',
          'error',
          basis,
          'form.part-a-representative.missing',
          'form.part-a-representative.fix',
          { name, missing },
          `${section}.legalRepresentative.${missing[0]}`,
          { participant: p.id, missing },
        ),
      );
    }
    const open = notMade(each, section, form.declarations, form.answers);
    if (open.ids.length > 0) {
      out.push(
        finding(
          'form.part-a-declarations',
          'error',
          basis,
          'form.part-a-declarations.missing',
          'form.part-a-declarations.fix',
          { name, declarations: open.ids },
          open.field ?? section,
          { participant: p.id, declarations: open.ids, questions: open.questions },
        ),
      );
    }
  }
  const byCoordinator = basis.value.filter((d) => d.by === 'coordinator');
  const open = notMade(
    byCoordinator.map(({ questions: _, ...d }) => d),
    'coordinator-declaration',
    doc.coordinatorDeclaration.declarations,
    {},
  );
  if (open.ids.length > 0) {
    out.push(
      finding(
        'form.coordinator-declaration',
        'error',
        basis,
        'form.coordinator-declaration.missing',
        'form.coordinator-declaration.fix',
        { declarations: open.ids },
        open.field ?? 'coordinator-declaration',
        { declarations: open.ids },
      ),
    );
  }
  return out;
}

const partA: FormRule = {
  id: 'form.part-a',
  severity: 'error',
  check: (doc, call) => partAFindings(doc, call.submissionPackage.partADeclarations),
};

export const FORM_RULES: readonly FormRule[] = [
  acronym,
  title,
  projectManagement,
  workPackages,
  beneficiaryBudgets,
  answers,
  partA,
];

export function checkForm(doc: ProposalDocument, call: CallDefinition, budget: BudgetMatrix): Finding[] {
  return FORM_RULES.flatMap((rule) => rule.check(doc, call, budget));
}
