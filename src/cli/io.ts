/** Reading a command's input and shaping its result, kept apart so commands can be tested as functions. */
import { readFileSync } from 'node:fs';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function ok(stdout: string, exitCode = 0): CommandResult {
  return { exitCode, stdout, stderr: '' };
}

/** Exit 2: the input could not be used at all. Nothing goes to stdout. */
export function unusable(...lines: string[]): CommandResult {
  return { exitCode: 2, stdout: '', stderr: `${lines.join('\n')}\n` };
}

export type ReadJson = { ok: true; value: unknown } | { ok: false; result: CommandResult };

/** Reads FILE (or stdin for "-") and parses it as JSON, or explains why it cannot. */
export function readJsonInput(file: string | undefined, stdin: () => string): ReadJson {
  if (file === undefined)
    return { ok: false, result: unusable('FILE: expected a file name, or - for stdin') };
  let text: string;
  try {
    text = file === '-' ? stdin() : readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, result: unusable(`${file}: cannot be read: ${reason}`) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      result: unusable(`${file === '-' ? 'stdin' : file}: not JSON: ${(error as Error).message}`),
    };
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
