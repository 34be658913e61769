import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRuleFiles, ruleBook } from '../../node/load-rule-book.ts';
import { checkProposal } from '../eligibility/check.ts';
import { buildRuleBook, DefinitionError, type RuleFiles } from './build.ts';
import { STATUSES } from './types.ts';
import { sourcedValues } from './values.ts';

type Json = Record<string, unknown>;

/** The repository's rule files with the 2025 call changed by `edit`. */
function with2025(edit: (call: Json) => void): RuleFiles {
  const files = structuredClone(readRuleFiles());
  const call = files.calls.find((f) => f.file.endsWith('2025.yaml'))!;
  edit(call.data as Json);
  return files;
}

function at(obj: Json, path: string): Json {
  return path.split('.').reduce((node, key) => node[key] as Json, obj);
}

function problemsOf(files: RuleFiles): string[] {
  try {
    buildRuleBook(files);
  } catch (error) {
    assert.ok(error instanceof DefinitionError);
    return error.problems;
  }
  assert.fail('expected the definitions to be refused');
}

describe('call definitions', () => {
  it('the repository defines the calls 2021 to 2026, with Lot 3 only in 2026', () => {
    const book = ruleBook();
    assert.deepEqual(Object.keys(book.calls).sort(), ['2021', '2022', '2023', '2024', '2025', '2026']);
    for (const [year, call] of Object.entries(book.calls)) {
      assert.deepEqual(
        Object.keys(call.lots).sort(),
        year === '2026' ? ['lot1', 'lot2', 'lot3'] : ['lot1', 'lot2'],
      );
    }
  });

  it('every value carries at least one source with a title, and a known status', () => {
    for (const call of Object.values(ruleBook().calls)) {
      const values = sourcedValues(call);
      assert.ok(values.length > 45, `${call.year}: ${values.length} values`);
      for (const v of values) {
        assert.ok(v.sources.length > 0, `${v.definedAt} has a source`);
        assert.ok(
          v.sources.every((s) => s.title.length > 0),
          v.definedAt,
        );
        assert.ok(STATUSES.includes(v.status), v.definedAt);
      }
    }
  });

  it('a confirmed value cites an official or national page, and no source is a university or mailing-list page', () => {
    for (const call of Object.values(ruleBook().calls)) {
      for (const v of sourcedValues(call)) {
        for (const s of v.sources) {
          // A university's own page or a mailing-list archive is at best a secondary source.
          if (/\b(uni|university|webmagazine)\b|\.edu\b|unitn|athenauni/i.test(`${s.title} ${s.url ?? ''}`))
            assert.notEqual(s.kind, 'national', `${s.id} is a university page, not a national agency`);
          assert.doesNotMatch(
            s.url ?? '',
            /\blists\.|\/archives\/list\//,
            `${v.definedAt} cites a mailing list`,
          );
          // An official source is an EU page; a national agency's page (even a former one) is national.
          if (s.kind === 'official')
            assert.match(s.url ?? '', /^https:\/\/[^/]*europa\.eu\//, `${s.id} is an EU page`);
        }
        if (v.status === 'confirmed')
          assert.ok(
            v.sources.some((s) => s.kind === 'official' || s.kind === 'national'),
            `${v.definedAt} is confirmed by ${v.sources.map((s) => `${s.id} (${s.kind})`).join(', ')}`,
          );
      }
    }
  });

  it('the values the 2024 review corrected carry the status their pages support', () => {
    const calls = ruleBook().calls;
    // The 2024 date on the Pact for Skills pages is the publication, not the opening.
    assert.equal(calls['2024']!.call.opens?.status, 'unconfirmed');
    for (const year of ['2021', '2022', '2025'])
      assert.equal(calls[year]!.budget.fundingRatePercent.status, 'secondary', year);
    assert.equal(calls['2024']!.lots.lot1!.topic.status, 'secondary');
    assert.equal(calls['2026']!.call.budget?.status, 'confirmed');
  });

  it('the countries, ecosystems and organisation types are complete', () => {
    const { catalogue, calls } = ruleBook();
    assert.equal(calls['2025']!.countries.memberStates.value.length, 27);
    assert.equal(Object.keys(catalogue.ecosystems).length, 14);
    assert.equal(Object.keys(catalogue.organisationTypes).length, 20);
    assert.equal(catalogue.countries.DK!.name.da, 'Danmark');
    assert.equal(catalogue.countryAliases.EL, 'GR');
    assert.equal(catalogue.countries.RU!.region, 4);
  });

  it('refuses a value without a source, naming the file and the field', () => {
    const problems = problemsOf(
      with2025((call) => {
        delete at(call, 'lots.lot1.composition.minCountries').source;
      }),
    );
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /rules\/calls\/2025\.yaml: lots\.lot1\.composition\.minCountries\.source: every value needs a source/,
    );
  });

  it('refuses a bare number where a sourced value belongs', () => {
    const problems = problemsOf(
      with2025((call) => {
        at(call, 'lots.lot1.composition').minCountries = 4;
      }),
    );
    assert.match(problems.join('\n'), /lots\.lot1\.composition\.minCountries/);
  });

  it('refuses a source id that no sources file defines', () => {
    const problems = problemsOf(
      with2025((call) => {
        at(call, 'lots.lot1.composition.minCountries').source = 'a-page-nobody-saw';
      }),
    );
    assert.match(problems.join('\n'), /unknown source "a-page-nobody-saw"/);
  });

  it('refuses a status other than confirmed, secondary, unconfirmed', () => {
    const problems = problemsOf(
      with2025((call) => {
        at(call, 'call.deadline').status = 'probably';
      }),
    );
    assert.match(
      problems.join('\n'),
      /call\.deadline\.status: status must be one of confirmed, secondary, unconfirmed/,
    );
  });

  it('reports every problem at once, including cross-field ones', () => {
    const problems = problemsOf(
      with2025((call) => {
        at(call, 'lots.lot1.durationsMonths').value = [24, 30];
        at(call, 'countries.associated').value = ['NO', 'ZZ', 'DK'];
        (at(call, 'awardCriteria').criteria as Json[])[0]!.threshold = {
          value: 30,
          status: 'unconfirmed',
          source: 'eplus-guide-award-criteria',
        };
      }),
    );
    const text = problems.join('\n');
    assert.match(text, /no maximum for the allowed duration of 30 months/);
    assert.match(text, /unknown country ZZ/);
    assert.match(text, /DK is also listed in countries\.memberStates/);
    assert.match(text, /threshold: 30 is above the maximum/);
    assert.ok(problems.length >= 4);
  });

  it('refuses a payment schedule without reporting periods for a duration, or pre-financing above the interim ceiling', () => {
    const files = structuredClone(readRuleFiles());
    const data = files.calls.find((f) => f.file.endsWith('2025.yaml'))!.data as Json;
    at(data, 'grant.reportingPeriodsByDuration').value = { 24: 2, 48: 3 };
    at(data, 'grant.preFinancingPercent').value = 95;
    const problems = problemsOf(files);
    const text = problems.join('\n');
    assert.match(
      text,
      /grant\.reportingPeriodsByDuration: no reporting periods for the lot1 duration of 36 months/,
    );
    assert.match(text, /grant\.preFinancingPercent: above grant\.interimCeilingPercent/);
  });

  it('a new call year is new data: a 2027 file is checked without code changes', () => {
    const files = structuredClone(readRuleFiles());
    const next = structuredClone(files.calls.find((f) => f.file.endsWith('2025.yaml'))!);
    const data = next.data as Json;
    data.year = '2027';
    at(data, 'call.deadline').value = { date: '2027-03-04', time: '17:00', timeZone: 'Europe/Brussels' };
    at(data, 'lots.lot1.composition.minCountries').value = 5;
    files.calls.push({ file: 'rules/calls/2027.yaml', data });
    const book = buildRuleBook(files);
    const checked = checkProposal(book, {
      call: '2027',
      lot: 'lot1',
      durationMonths: 24,
      participants: ['DK', 'DE', 'FR', 'NL'].flatMap((country, i) => [
        {
          name: `HEI ${country}`,
          country,
          type: i < 2 ? 'hei' : 'vet',
          role: i === 0 ? 'coordinator' : 'beneficiary',
          eche: true,
        },
        { name: `Enterprise ${country}`, country, type: 'enterprise', role: 'beneficiary' },
      ]),
      submittedAt: '2027-03-04T16:00:00Z',
    });
    assert.ok(checked.ok);
    if (!checked.ok) return;
    const rules = checked.result.findings.map((f) => f.rule).sort();
    assert.deepEqual(rules, ['consortium.min-countries', 'submission.deadline']);
  });
});
