/**
 * Runs the declarative golden cases of rules/tests (see rules/tests/README.md): one test per
 * case, for every rule and every call year.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DEFAULT_RULES_DIR, REPOSITORY_ROOT, ruleBook } from '../../node/load-rule-book.ts';
import { checkProposal } from './check.ts';
import { presentCheck } from './present.ts';

type Json = Record<string, unknown>;
interface Participant extends Json {
  name: string;
}
interface GoldenCase {
  name: string;
  base?: string;
  input?: Json;
  add?: Participant[];
  remove?: string[];
  change?: Record<string, Json>;
  expect: {
    eligible?: boolean;
    errors?: string[];
    warnings?: string[];
    facts?: Record<string, Json>;
    messages?: Record<string, string>;
    invalid?: string[];
  };
}

const TESTS_DIR = join(DEFAULT_RULES_DIR, 'tests');
const fixtures = parse(readFileSync(join(TESTS_DIR, 'fixtures.yaml'), 'utf8')) as Record<string, Json>;

/** The proposal a case describes: its base, with the case's replacements, removals and additions. */
function buildInput(c: GoldenCase): Json {
  let input: Json = {};
  if (c.base) {
    const base = fixtures[c.base];
    if (!base) throw new Error(`unknown fixture "${c.base}"`);
    input = structuredClone(base);
  }
  for (const [key, value] of Object.entries(c.input ?? {})) {
    if (value === null) delete input[key];
    else input[key] = value;
  }
  let participants = (input.participants as Participant[] | undefined) ?? [];
  for (const name of c.remove ?? []) {
    if (!participants.some((p) => p.name === name)) throw new Error(`remove: no participant "${name}"`);
    participants = participants.filter((p) => p.name !== name);
  }
  participants = [...participants, ...(c.add ?? [])];
  for (const [name, fields] of Object.entries(c.change ?? {})) {
    const p = participants.find((q) => q.name === name);
    if (!p) throw new Error(`change: no participant "${name}"`);
    Object.assign(p, fields);
  }
  input.participants = participants;
  return input;
}

function assertSubset(actual: unknown, expected: unknown, where: string): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    assert.ok(
      actual !== null && typeof actual === 'object',
      `${where}: expected an object, got ${JSON.stringify(actual)}`,
    );
    for (const [key, value] of Object.entries(expected)) {
      assertSubset((actual as Json)[key], value, `${where}.${key}`);
    }
    return;
  }
  assert.deepEqual(actual, expected, where);
}

function runCase(c: GoldenCase): void {
  const checked = checkProposal(ruleBook(), buildInput(c));
  const e = c.expect;
  if (e.invalid) {
    assert.equal(checked.ok, false, 'expected the input to be refused (exit code 2)');
    if (checked.ok) return;
    const fields = checked.problems.map((p) => p.field);
    for (const field of e.invalid)
      assert.ok(fields.includes(field), `refusal names ${field}; it named ${fields.join(', ')}`);
    return;
  }
  assert.ok(checked.ok, `input refused: ${checked.ok ? '' : JSON.stringify(checked.problems)}`);
  if (!checked.ok) return;
  const view = presentCheck(checked.result, 'en');
  const ids = (severity: string) =>
    [...new Set(view.findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
  if (e.eligible !== undefined) assert.equal(view.eligible, e.eligible, 'eligible');
  if (e.errors) assert.deepEqual(ids('error'), [...e.errors].sort(), 'error rule ids');
  if (e.warnings) assert.deepEqual(ids('warning'), [...e.warnings].sort(), 'warning rule ids');
  for (const [rule, facts] of Object.entries(e.facts ?? {})) {
    const candidates = [
      ...view.findings.filter((f) => f.rule === rule).map((f) => f.facts),
      ...checked.result.outcomes.filter((o) => o.rule === rule).map((o) => o.facts),
    ];
    assert.ok(candidates.length > 0, `no outcome for ${rule}`);
    const errors: string[] = [];
    const matched = candidates.some((actual) => {
      try {
        assertSubset(actual, facts, rule);
        return true;
      } catch (error) {
        errors.push((error as Error).message);
        return false;
      }
    });
    assert.ok(matched, `facts of ${rule} do not match:\n${errors.join('\n')}`);
  }
  for (const [rule, words] of Object.entries(e.messages ?? {})) {
    const texts = view.findings.filter((f) => f.rule === rule).map((f) => `${f.message} ${f.fix ?? ''}`);
    assert.ok(
      texts.some((t) => t.includes(words)),
      `no ${rule} message contains "${words}":\n${texts.join('\n')}`,
    );
  }
  // Every finding cites a source and where the value it applied is defined.
  for (const f of view.findings) {
    assert.ok(f.source.title.length > 0, `${f.rule} has a source title`);
    assert.match(f.source.definedAt, /^rules\/.+\.yaml#/, `${f.rule} says where its value is defined`);
  }
}

function caseFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

const files = [...caseFiles(join(TESTS_DIR, 'rules')), ...caseFiles(join(TESTS_DIR, 'calls'))];

describe('golden cases (rules/tests)', () => {
  it('has a case file for every rule and every call year', () => {
    const names = files.map((f) => relative(TESTS_DIR, f));
    for (const year of Object.keys(ruleBook().calls))
      assert.ok(names.includes(`calls/${year}.yaml`), `calls/${year}.yaml`);
  });
  for (const file of files) {
    const cases = parse(readFileSync(file, 'utf8')) as GoldenCase[];
    describe(relative(REPOSITORY_ROOT, file), () => {
      for (const c of cases) it(c.name, () => runCase(c));
    });
  }
});
