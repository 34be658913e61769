/** `alliances check FILE [--format json|text] [--lang en|da]`: spec/check-format.md. */
import type { RuleBook } from '../../engine/call-definition/types.ts';
import { checkProposal } from '../../engine/eligibility/check.ts';
import { presentCheck } from '../../engine/eligibility/present.ts';
import { describeProblem } from '../../engine/eligibility/proposal-input.ts';
import { type CommandResult, json, ok, readJsonInput, unusable } from '../io.ts';
import { parseOptions } from '../options.ts';
import { checkAsText } from '../text/check-text.ts';

export function runCheck(args: string[], book: RuleBook, stdin: () => string): CommandResult {
  const parsed = parseOptions(args);
  if (!parsed.ok) return parsed.result;
  const { format, lang, positionals } = parsed.options;
  if (positionals.length > 1)
    return unusable(`expected one FILE; got ${positionals.length}: ${positionals.join(' ')}`);
  const input = readJsonInput(positionals[0], stdin);
  if (!input.ok) return input.result;
  const checked = checkProposal(book, input.value);
  if (!checked.ok) return unusable(...checked.problems.map(describeProblem));
  const view = presentCheck(checked.result, lang);
  const exitCode = view.eligible ? 0 : 1;
  return ok(format === 'json' ? json(view) : checkAsText(view, book, lang), exitCode);
}
