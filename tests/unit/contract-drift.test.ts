/**
 * The API contracts couple the server and the web app: a route declares its response schema from
 * src/contracts, and the web app takes its types from the same schema. So a response that changes
 * shape must fail the type check on both sides until both follow.
 *
 * The test copies src to a temporary folder, renames one field of the proposal list's contract
 * (read by the dashboard and the officer's home page, answered by GET /api/v1/proposals), and runs
 * tsc on the copy: it must fail in a server file and in a web file, and every error must be about
 * the renamed field, so nothing else in the copy is broken. The unmodified sources pass the same
 * check in `npm test`'s type check (tsc -p tsconfig.json); CONTRACT_DRIFT_BASELINE=1 also runs it
 * on the unmodified copy here (one more tsc run, about half a minute on two cores).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from '../support/server-process.ts';

const run = promisify(execFile);
const TSC = join(REPOSITORY_ROOT, 'node_modules/typescript/bin/tsc');
const CONTRACT = 'src/contracts/proposals.ts';
const FIELD = '  lastReceiptCode: z.string().nullable(),';
const RENAMED = '  lastReceipt: z.string().nullable(),';

interface TscError {
  file: string;
  message: string;
}

/** A copy of src (its unit tests left out) with the repository's compiler options. */
function copySources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contract-drift-'));
  cpSync(join(REPOSITORY_ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (path) => !/\.test\.tsx?$/.test(path),
  });
  // "type": "module" decides how NodeNext reads the .ts files; the packages are the repository's.
  cpSync(join(REPOSITORY_ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsconfig = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'tsconfig.json'), 'utf8'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ ...tsconfig, include: ['src'], exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx'] }),
  );
  return dir;
}

/** tsc on the copy: whether it passed, and each error with its file and its whole message. */
async function typeCheck(dir: string): Promise<{ passed: boolean; errors: TscError[]; output: string }> {
  let output: string;
  let passed: boolean;
  try {
    const done = await run(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    });
    output = done.stdout;
    passed = true;
  } catch (error) {
    const failed = error as { stdout?: string; code?: number };
    if (typeof failed.code !== 'number') throw error;
    output = failed.stdout ?? '';
    passed = false;
  }
  const errors: TscError[] = [];
  for (const line of output.split('\n')) {
    const m = /^(\S[^(]*)\(\d+,\d+\): error TS\d+: (.*)$/.exec(line);
    if (m) errors.push({ file: m[1]!, message: m[2]! });
    else if (line.startsWith(' ') && errors.length > 0) errors[errors.length - 1]!.message += `\n${line}`;
  }
  return { passed, errors, output };
}

describe('the API contracts couple the server and the web app', () => {
  let dir: string;
  before(() => {
    dir = copySources();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the unmodified copy passes the type check (CONTRACT_DRIFT_BASELINE=1; npm test checks the sources themselves)', {
    skip: process.env.CONTRACT_DRIFT_BASELINE !== '1' && 'npm test type-checks the unmodified sources',
  }, async () => {
    const result = await typeCheck(dir);
    assert.ok(result.passed, result.output);
  });

  it('renaming a field of the proposal list fails tsc in a server file and in a web file', async () => {
    const path = join(dir, CONTRACT);
    const contract = readFileSync(path, 'utf8');
    assert.equal(contract.split(FIELD).length, 2, `${CONTRACT} declares ${FIELD.trim()} once`);
    writeFileSync(path, contract.replace(FIELD, RENAMED));

    const result = await typeCheck(dir);
    assert.equal(result.passed, false, 'tsc passed although the contract changed');
    const files = [...new Set(result.errors.map((e) => e.file))];
    assert.ok(
      files.some((f) => f.startsWith('src/server/')),
      `no error in a server file (the route that answers the list):\n${result.output}`,
    );
    assert.ok(
      files.some((f) => f.startsWith('src/web/')),
      `no error in a web file (the pages that read the list):\n${result.output}`,
    );
    // Every error is the drift itself: the copy is otherwise sound.
    for (const e of result.errors) {
      assert.match(
        e.message,
        /lastReceipt/,
        `an error not about the renamed field in ${e.file}:\n${e.message}`,
      );
    }
  });
});
