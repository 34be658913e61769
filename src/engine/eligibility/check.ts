/**
 * The eligibility check: a call definition and a proposal in, every finding out. Every rule
 * runs, whatever the others found, so the applicant sees all that is wrong at once.
 */
import type { Localised, LotId, RuleBook } from '../call-definition/types.ts';
import { buildContext } from './context.ts';
import { eligibilityMessage, ruleSummary } from './messages/index.ts';
import { type InputProblem, type ProposalInput, parseProposalInput } from './proposal-input.ts';
import { ELIGIBILITY_RULES } from './rules/index.ts';
import type { EligibilityResult, EligibilityRule, Finding, RuleOutcome } from './types.ts';

const summariesOf = new WeakMap<readonly EligibilityRule[], Localised[]>();

/** The rules' summaries, looked up in the catalogues once per rule list, not on every check. */
function summaries(rules: readonly EligibilityRule[]): Localised[] {
  let list = summariesOf.get(rules);
  if (!list) {
    list = rules.map((r) => ruleSummary(r.summary));
    summariesOf.set(rules, list);
  }
  return list;
}

/** Checks a proposal that has passed parseProposalInput (its call and lot exist). */
export function checkEligibility(
  book: RuleBook,
  proposal: ProposalInput,
  rules: readonly EligibilityRule[] = ELIGIBILITY_RULES,
): EligibilityResult {
  const call = book.calls[proposal.call];
  const lot = call?.lots[proposal.lot as LotId];
  if (!call || !lot) throw new RangeError(`unknown call or lot: ${proposal.call} ${proposal.lot}`);
  const ctx = buildContext(book.catalogue, call, lot, proposal);
  const findings: Finding[] = [];
  const outcomes: RuleOutcome[] = [];
  const summary = summaries(rules);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const result = rule.evaluate(ctx);
    // One shape for every outcome (basis undefined when the rule does not apply): built per rule per keystroke.
    outcomes.push({
      rule: rule.id,
      severity: rule.severity,
      outcome: result.outcome,
      summary: summary[i]!,
      facts: result.facts ?? {},
      basis: result.outcome === 'not-applicable' ? undefined : result.basis,
    });
    if (result.outcome !== 'fail') continue;
    for (const draft of result.findings) {
      const params = draft.params as Record<string, unknown>;
      // The text is written from the catalogues only when a reader asks for it, in that language.
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        messageKey: draft.messageKey,
        message: eligibilityMessage(draft.messageKey, params),
        fixKey: draft.fixKey,
        fix: eligibilityMessage(draft.fixKey, params),
        params,
        basis: result.basis,
        facts: draft.facts ?? result.facts,
      };
      if (draft.field) finding.field = draft.field;
      findings.push(finding);
    }
  }
  return {
    eligible: !findings.some((f) => f.severity === 'error'),
    call: call.year,
    lot: lot.id,
    findings,
    outcomes,
  };
}

export type CheckResult = { ok: true; result: EligibilityResult } | { ok: false; problems: InputProblem[] };

/** Validates raw (JSON-parsed) input, then checks it: the whole of `alliances check`. */
export function checkProposal(book: RuleBook, input: unknown): CheckResult {
  const parsed = parseProposalInput(input, book);
  if (!parsed.ok) return parsed;
  return { ok: true, result: checkEligibility(book, parsed.proposal) };
}
