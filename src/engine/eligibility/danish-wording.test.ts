/**
 * Every Danish finding, fix and summary, over many random proposals: no English id or English
 * word left over, dates written the Danish way. Names the applicant wrote are taken out first:
 * they are the applicant's words, not the engine's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ruleBook } from '../../node/load-rule-book.ts';
import { ECOSYSTEM_IDS, ORGANISATION_TYPES, RESTRICTIONS, ROLES } from '../call-definition/types.ts';
import { checkEligibility } from './check.ts';
import type { ProposalInput } from './proposal-input.ts';
import { ELIGIBILITY_RULES } from './rules/index.ts';

const book = ruleBook();
const COUNTRIES = ['DK', 'DE', 'FR', 'NL', 'HU', 'NO', 'RS', 'CH', 'UA', 'RU', 'BY', 'GL', 'RE', 'QQ'];
const NAMES = Array.from({ length: 12 }, (_, i) => `Org${i + 1}`);

/** Ids of the engine's vocabulary that must never reach a Danish reader. */
const IDS = [
  ...ELIGIBILITY_RULES.map((r) => r.id),
  ...ORGANISATION_TYPES,
  ...ROLES,
  ...ECOSYSTEM_IDS,
  ...RESTRICTIONS,
  'member-state',
  'third-country',
  'Europe/Brussels',
];
const ID_PATTERN = new RegExp(
  `(?<![\\p{L}-])(${IDS.map((id) => id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}-])`,
  'u',
);
/** English words that have no place in Danish text (none of them is also a Danish word). */
const ENGLISH =
  /\b(the|and|or|of|with|from|must|needs?|countr(y|ies)|applicants?|beneficiar(y|ies)|Member States?|months?|eligible|grant|deadline|Brussels|true|false|participants\[)\b/;
/** An ISO date or time written as the engine stores it: Danish text spells dates out. */
const ISO = /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/;

const participant = fc.record({
  name: fc.constantFrom(...NAMES),
  country: fc.constantFrom(...COUNTRIES),
  type: fc.constantFrom(...ORGANISATION_TYPES),
  role: fc.constantFrom(...ROLES),
  eche: fc.boolean(),
  pic: fc.option(fc.constantFrom('999100001', '999100002'), { nil: undefined }),
  publiclyOwned: fc.option(fc.boolean(), { nil: undefined }),
  restriction: fc.option(fc.constantFrom(...RESTRICTIONS), { nil: undefined }),
});

const proposal = fc
  .record({
    call: fc.constantFrom(...Object.keys(book.calls)),
    lotChoice: fc.nat(),
    durationMonths: fc.constantFrom(24, 30, 36, 48),
    ecosystem: fc.option(fc.constantFrom(...ECOSYSTEM_IDS, 'Digital', 'space'), { nil: undefined }),
    participants: fc.array(participant, { maxLength: 14 }),
    budget: fc.option(
      fc.record({ estimatedCosts: fc.nat({ max: 6_000_000 }), requestedGrant: fc.nat({ max: 5_000_000 }) }),
      { nil: undefined },
    ),
    submittedAt: fc.option(
      fc
        .date({
          min: new Date('2021-01-01T00:00:00Z'),
          max: new Date('2026-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString()),
      { nil: undefined },
    ),
  })
  .map(({ lotChoice, ecosystem, budget, submittedAt, participants, ...rest }): ProposalInput => {
    const lots = Object.keys(book.calls[rest.call]!.lots);
    const p: ProposalInput = {
      ...rest,
      lot: lots[lotChoice % lots.length]!,
      participants: participants.map(
        (q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as typeof q,
      ),
    };
    if (ecosystem !== undefined) p.ecosystem = ecosystem;
    if (budget !== undefined) p.budget = budget;
    if (submittedAt !== undefined) p.submittedAt = submittedAt;
    return p;
  });

/** The engine's own words: the applicant's names and what they wrote in quotes taken out. */
function engineWords(text: string): string {
  let out = text.replace(/"[^"]*"/g, '«»');
  for (const name of NAMES) out = out.replaceAll(name, 'N');
  return out;
}

function danishProblems(text: string): string[] {
  const words = engineWords(text);
  const problems: string[] = [];
  const id = ID_PATTERN.exec(words);
  if (id) problems.push(`the id "${id[0]}"`);
  const english = ENGLISH.exec(words);
  if (english) problems.push(`the English word "${english[0]}"`);
  const iso = ISO.exec(words);
  if (iso) problems.push(`the ISO form "${iso[0]}"`);
  return problems;
}

describe('Danish wording of the findings', () => {
  it('no English id, English word or ISO date in any Danish message, fix or summary', () => {
    fc.assert(
      fc.property(proposal, (p) => {
        const result = checkEligibility(book, p);
        for (const f of result.findings) {
          for (const text of [f.message.da, f.fix?.da ?? '']) {
            const problems = danishProblems(text);
            assert.deepEqual(problems, [], `${f.rule}: ${text}`);
          }
        }
        for (const o of result.outcomes) assert.deepEqual(danishProblems(o.summary.da), [], o.summary.da);
      }),
      { numRuns: 1500 },
    );
  });

  it('the scan itself finds what it looks for', () => {
    assert.notDeepEqual(danishProblems('Vælg et af økosystemerne: aerospace-defence, digital.'), []);
    assert.notDeepEqual(danishProblems('Indsendt 2025-03-06T17:00:00+01:00 (Europe/Brussels).'), []);
    assert.notDeepEqual(danishProblems('Tilføj 2 beneficiaries.'), []);
    assert.deepEqual(danishProblems('Fristen er 6. marts 2025 kl. 17.00 (Bruxelles-tid).'), []);
  });
});
