import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT } from '../../node/load-rule-book.ts';
import { runCli } from '../main.ts';

const examples = join(REPOSITORY_ROOT, 'spec/examples');
const CHECK_EXAMPLES = [
  'lot1-eligible',
  'lot1-not-eligible',
  'lot2-eligible',
  'lot3-warnings',
  'sanctions-2022',
  'bad-input',
];

describe('alliances check on spec/examples', () => {
  for (const name of CHECK_EXAMPLES) {
    it(`${name}: the expected exit code, error rule ids and (where given) warning rule ids`, () => {
      const expected = JSON.parse(readFileSync(join(examples, `${name}.expected.json`), 'utf8'));
      const result = runCli(['check', '--format', 'json', join(examples, `${name}.json`)]);
      assert.equal(result.exitCode, expected.exit, result.stderr);
      if (expected.exit === 2) {
        assert.equal(result.stdout, '');
        assert.match(result.stderr, /durationMonths: expected .*integer number of months.*; got "24 months"/);
        return;
      }
      const output = JSON.parse(result.stdout);
      const ruleIds = (severity: string) =>
        [
          ...new Set(
            output.findings
              .filter((f: { severity: string }) => f.severity === severity)
              .map((f: { rule: string }) => f.rule),
          ),
        ].sort();
      assert.deepEqual(ruleIds('error'), [...expected.errors].sort());
      if (expected.warnings) assert.deepEqual(ruleIds('warning'), [...expected.warnings].sort());
      assert.equal(output.eligible, expected.exit === 0);
    });
  }
});

describe('alliances check', () => {
  const notEligible = join(examples, 'lot1-not-eligible.json');

  it('prints every finding with its fix and source for people', () => {
    const result = runCli(['check', notEligible]);
    assert.equal(result.exitCode, 1);
    assert.match(
      result.stdout,
      /^Not eligible: 2025 call, Lot 1 \(Alliances for Education and Enterprises\)\./,
    );
    assert.match(result.stdout, /How to fix: Add a beneficiary from each of 2 further EU Member States/);
    assert.match(result.stdout, /Defined at: rules\/calls\/2025\.yaml#lots\.lot1\.composition\.minCountries/);
  });

  it('speaks Danish with --lang da', () => {
    const result = runCli(['check', '--lang', 'da', notEligible]);
    assert.match(result.stdout, /^Ikke støtteberettiget/);
    assert.match(
      result.stdout,
      /Konsortiet dækker 2 støtteberettigede lande \(ES, PT\); Lot 1 kræver mindst 4\./,
    );
    const json = JSON.parse(runCli(['check', '--lang', 'da', '--format', 'json', notEligible]).stdout);
    assert.match(json.findings[0].message, /Koordinatoren/);
  });

  it('names each message and fix by the same key in both languages', () => {
    const inLanguage = (lang: string) =>
      JSON.parse(runCli(['check', '--lang', lang, '--format', 'json', notEligible]).stdout).findings as {
        rule: string;
        message: string;
        messageKey: string;
        fix?: string;
        fixKey?: string;
      }[];
    const en = inLanguage('en');
    const da = inLanguage('da');
    assert.ok(en.some((f) => f.messageKey === 'consortium.min-countries.failed'));
    assert.deepEqual(
      da.map((f) => [f.messageKey, f.fixKey]),
      en.map((f) => [f.messageKey, f.fixKey]),
    );
    for (const [i, f] of en.entries()) {
      assert.ok(f.messageKey.startsWith(`${f.rule}.`), f.messageKey);
      if (f.fix !== undefined)
        assert.ok(f.fixKey?.startsWith(`${f.rule}.`) && f.fixKey.endsWith('.fix'), `${f.rule}: ${f.fixKey}`);
      assert.notEqual(f.message, da[i]!.message);
    }
  });

  it('reads stdin for -', () => {
    const input = readFileSync(join(examples, 'lot2-eligible.json'), 'utf8');
    const result = runCli(['check', '-', '--format', 'json'], () => input);
    assert.equal(result.exitCode, 0);
    assert.equal(JSON.parse(result.stdout).eligible, true);
  });

  for (const [what, args, stdin, message] of [
    ['text that is not JSON', ['check', '-'], '{"call": ', /stdin: not JSON/],
    ['a missing file', ['check', '/nonexistent/proposal.json'], '', /cannot be read: no such file/],
    ['no file at all', ['check'], '', /FILE: expected a file name/],
    ['an unknown option', ['check', '--colour', 'x.json'], '', /Unknown option '--colour'/],
    ['an unknown language', ['check', '--lang', 'sv', '-'], '{}', /--lang: expected en or da; got "sv"/],
    ['a JSON array', ['check', '-'], '[]', /\(top level\): expected a JSON object/],
    [
      'an unknown call',
      ['check', '-'],
      '{"call":"2019","lot":"lot1","durationMonths":24,"participants":[]}',
      /call: expected one of the known call years 2021, 2022, 2023, 2024, 2025, 2026; got "2019"/,
    ],
    [
      'an unknown role',
      ['check', '-'],
      '{"call":"2025","lot":"lot1","durationMonths":24,"participants":[{"name":"A","country":"DK","type":"hei","role":"leader"}]}',
      /participants\[0\]\.role: expected one of the roles/,
    ],
  ] as const) {
    it(`exit 2 with nothing on stdout for ${what}`, () => {
      const result = runCli([...args], () => stdin);
      assert.equal(result.exitCode, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    });
  }

  it('works as `npx alliances` from the repository root (a real process)', () => {
    const run = spawnSync(process.execPath, ['bin/alliances.mjs', 'check', '--format', 'json', notEligible], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).eligible, false);
  });
});

describe('alliances calls', () => {
  it('lists the call years with their lots and key parameters', () => {
    const calls = JSON.parse(runCli(['calls', '--format', 'json']).stdout);
    assert.deepEqual(
      calls.map((c: { year: string }) => c.year),
      ['2021', '2022', '2023', '2024', '2025', '2026'],
    );
    const c2023 = calls.find((c: { year: string }) => c.year === '2023');
    assert.equal(c2023.deadline.utc, '2023-05-03T15:00:00.000Z');
    assert.equal(c2023.lots[0].composition.minCountries, 4);
  });

  it('--unconfirmed lists only unconfirmed values, each with its source', () => {
    const values = JSON.parse(runCli(['calls', '--unconfirmed', '--format', 'json']).stdout);
    assert.ok(values.length > 50);
    for (const v of values) {
      assert.equal(v.status, 'unconfirmed');
      assert.ok(v.sources.length > 0);
    }
    assert.ok(
      values.some(
        (v: { definedAt: string }) => v.definedAt === 'rules/calls/2025.yaml#awardCriteria.overallThreshold',
      ),
    );
  });

  it('YEAR shows every value of that call; an unknown year is exit 2', () => {
    const text = runCli(['calls', '2023']).stdout;
    assert.match(text, /rules\/calls\/2023\.yaml#lots\.lot2\.ecosystemPriority {2}\[confirmed\]/);
    const bad = runCli(['calls', '2019']);
    assert.equal(bad.exitCode, 2);
    assert.match(bad.stderr, /YEAR: expected one of the known call years/);
  });
});
