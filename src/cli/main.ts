/**
 * The `alliances` command line. Each command is a function from arguments to
 * { exitCode, stdout, stderr }; this file only dispatches and writes.
 */
import { readFileSync } from 'node:fs';
import { DefinitionError } from '../engine/call-definition/build.ts';
import type { RuleBook } from '../engine/call-definition/types.ts';
import { ruleBook } from '../node/load-rule-book.ts';
import { runAssign } from './commands/assign.ts';
import { runCalls } from './commands/calls.ts';
import { runCheck } from './commands/check.ts';
import { runRank } from './commands/rank.ts';
import { type CommandResult, ok, unusable } from './io.ts';

const USAGE = `Usage: alliances <command> [options]

Commands:
  check FILE [--format json|text] [--lang en|da]    check a proposal's eligibility (FILE may be -)
  calls [YEAR] [--unconfirmed] [--format json|text] list call years, or one call's values and sources
  assign FILE [--format json|text]                  assign experts to proposals (FILE may be -)
  rank FILE [--format json|text] [--lang en|da]     rank scored proposals per lot and select within the envelopes
  help                                              show this text
`;

type Command =
  | { needsRules: true; run: (args: string[], book: RuleBook, stdin: () => string) => CommandResult }
  | { needsRules: false; run: (args: string[], stdin: () => string) => CommandResult };

const COMMANDS: Record<string, Command> = {
  check: { needsRules: true, run: runCheck },
  calls: { needsRules: true, run: (args, book) => runCalls(args, book) },
  // Assignment reads no call definition: it should not fail when rules/ cannot be read.
  assign: { needsRules: false, run: runAssign },
  rank: { needsRules: true, run: runRank },
};

export function runCli(argv: string[], stdin: () => string = () => readFileSync(0, 'utf8')): CommandResult {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return ok(USAGE);
  const command = COMMANDS[name];
  if (!command)
    return unusable(
      `unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(', ')}`,
      '',
      USAGE,
    );
  if (!command.needsRules) return command.run(args, stdin);
  let book: RuleBook;
  try {
    book = ruleBook();
  } catch (error) {
    if (error instanceof DefinitionError) return { exitCode: 2, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
  return command.run(args, book, stdin);
}

export function main(): void {
  const result = runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
