import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPOSITORY_ROOT } from '../../node/load-rule-book.ts';
import { runCli } from '../main.ts';
import { runAssign } from './assign.ts';

const examples = join(REPOSITORY_ROOT, 'spec/examples');
const small = join(examples, 'assign-small.json');
const noStdin = () => {
  throw new Error('stdin should not be read');
};

const scratch = mkdtempSync(join(tmpdir(), 'alliances-assign-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
function tempFile(name: string, content: unknown): string {
  const file = join(scratch, `${++files}-${name}`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const infeasible = {
  expertsPerProposal: 2,
  proposals: [{ id: 'P1', topics: ['digital'], organisations: ['999000001'] }],
  experts: [
    { id: 'E1', topics: ['digital'], organisation: '999000001', maxLoad: 3 },
    { id: 'E2', topics: ['digital'], organisation: '999000002', maxLoad: 3 },
  ],
};

describe('alliances assign', () => {
  it('spec/examples/assign-small.json: the expected exit code, feasibility and score', () => {
    const expected = JSON.parse(readFileSync(join(examples, 'assign-small.expected.json'), 'utf8'));
    const result = runAssign(['--format', 'json', small], noStdin);
    assert.equal(result.exitCode, expected.exit, result.stderr);
    assert.equal(result.stderr, '');
    const output = JSON.parse(result.stdout);
    assert.equal(output.feasible, expected.feasible);
    assert.equal(output.score, expected.score);
    assert.deepEqual(Object.keys(output).slice(0, 4), ['feasible', 'score', 'assignments', 'loads']);
    assert.deepEqual(Object.keys(output.loads), ['E1', 'E2', 'E3', 'E4', 'E5']);
  });

  it('is registered in the command line', () => {
    const result = runCli(['assign', '--format', 'json', small]);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).score, 10);
    assert.match(runCli(['help']).stdout, /assign FILE \[--format json\|text\]/);
  });

  it('reads stdin for -', () => {
    const result = runAssign(['--format', 'json', '-'], () => readFileSync(small, 'utf8'));
    assert.equal(result.exitCode, 0, result.stderr);
  });

  it('prints for people: the summary, each proposal with its experts and topics', () => {
    const result = runAssign([small], noStdin);
    assert.equal(result.exitCode, 0);
    const [summary, , ...rest] = result.stdout.split('\n');
    assert.match(summary!, /^Score 10, feasible: yes; loads min \d+, max \d+ over 5 experts/);
    assert.match(rest.join('\n'), /^P1: E\d \(.+\); E\d \(.+\)$/m);
    assert.match(rest.join('\n'), /\(digital, entrepreneurship\)/);
  });

  it('exits 1 when infeasible, with the JSON report still on stdout', () => {
    const result = runAssign(['--format', 'json', tempFile('infeasible.json', infeasible)], noStdin);
    assert.equal(result.exitCode, 1);
    const output = JSON.parse(result.stdout);
    assert.equal(output.feasible, false);
    assert.equal(output.uncovered[0].proposal, 'P1');
    assert.equal(output.uncovered[0].cause, 'too-few-eligible');
  });

  it('explains an infeasible assignment in the text format', () => {
    const result = runAssign([tempFile('infeasible.json', infeasible)], noStdin);
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /^Score 1, feasible: no;/);
    assert.match(result.stdout, /P1: 1 of 2 experts; only 1 eligible expert, 2 needed\./);
    assert.match(result.stdout, /excluded: E1 \(employer 999000001 takes part\)/);
  });

  it('exits 2 on bad input, naming the field on stderr and printing nothing on stdout', () => {
    const bad = { ...infeasible, conflicts: [{ expert: 'E9', proposal: 'P1' }] };
    bad.experts = [{ ...infeasible.experts[0]!, maxLoad: -2 }, infeasible.experts[1]!];
    const result = runAssign(['--format', 'json', tempFile('bad.json', bad)], noStdin);
    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^experts\[0\]\.maxLoad: expected .*whole number \(0 or more\); got -2$/m);
  });

  it('exits 2 on an unknown expert in conflicts', () => {
    const bad = { ...infeasible, conflicts: [{ expert: 'E9', proposal: 'P1' }] };
    const result = runAssign([tempFile('bad.json', bad)], noStdin);
    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
    assert.match(
      result.stderr,
      /^conflicts\[0\]\.expert: expected the id of an expert listed in experts; got "E9"$/m,
    );
  });

  it('exits 2 on a file that is missing or not JSON, and on options it does not know', () => {
    assert.equal(runAssign([join(examples, 'no-such-file.json')], noStdin).exitCode, 2);
    assert.match(runAssign([tempFile('x.json', '{ nope')], noStdin).stderr, /not JSON/);
    assert.match(runAssign(['--format', 'yaml', small], noStdin).stderr, /^--format: expected json or text/);
    assert.match(runAssign(['--lang', 'da', small], noStdin).stderr, /^--lang: not an option of assign/);
    assert.match(runAssign([small, small], noStdin).stderr, /^expected one FILE/);
  });
});
