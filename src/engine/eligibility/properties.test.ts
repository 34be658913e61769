/** Properties that must hold for every proposal, checked on random ones (fast-check). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ruleBook } from '../../node/load-rule-book.ts';
import { ORGANISATION_TYPES, ROLES } from '../call-definition/types.ts';
import { checkEligibility } from './check.ts';
import type { ParticipantInput, ProposalInput } from './proposal-input.ts';
import type { Finding } from './types.ts';

const book = ruleBook();
// Member States, associated, non-associated third countries, excluded, territories, aliases, unknown.
const COUNTRIES = [
  'DK',
  'DE',
  'FR',
  'NL',
  'PL',
  'IT',
  'ES',
  'NO',
  'RS',
  'TR',
  'CH',
  'UK',
  'EL',
  'UA',
  'RU',
  'BY',
  'GL',
  'QQ',
];
const SAFE_COUNTRIES = COUNTRIES.filter((c) => !['RU', 'BY', 'QQ'].includes(c));
const COUNT_RULES = [
  'consortium.min-countries',
  'consortium.min-applicants',
  'consortium.min-labour-market-actors',
  'consortium.min-education-providers',
  'consortium.hei-required',
  'consortium.vet-required',
];

const participant = (countries: string[]) =>
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    country: fc.constantFrom(...countries),
    type: fc.constantFrom(...ORGANISATION_TYPES),
    role: fc.constantFrom(...ROLES),
    eche: fc.boolean(),
  });

const proposal = fc
  .record({
    call: fc.constantFrom(...Object.keys(book.calls)),
    lotChoice: fc.nat(),
    durationMonths: fc.constantFrom(24, 30, 36, 48),
    ecosystem: fc.option(fc.constantFrom('digital', 'textile', 'health', 'space'), { nil: undefined }),
    participants: fc.uniqueArray(participant(COUNTRIES), { maxLength: 16, selector: (p) => p.name }),
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
  .map(({ lotChoice, ecosystem, budget, submittedAt, ...rest }): ProposalInput => {
    const lots = Object.keys(book.calls[rest.call]!.lots);
    const p: ProposalInput = { ...rest, lot: lots[lotChoice % lots.length]! };
    if (ecosystem !== undefined) p.ecosystem = ecosystem;
    if (budget !== undefined) p.budget = budget;
    if (submittedAt !== undefined) p.submittedAt = submittedAt;
    return p;
  });

/** Findings without the input position they point at, which naturally moves with the order. */
const comparable = (findings: Finding[]) =>
  findings.map(({ field: _field, ...rest }) => JSON.stringify(rest)).sort();

describe('eligibility properties', () => {
  it('the order of the participants never changes the findings', () => {
    fc.assert(
      fc.property(proposal, fc.integer(), (p, seed) => {
        const shuffled = { ...p, participants: shuffle(p.participants, seed) };
        assert.deepEqual(
          comparable(checkEligibility(book, shuffled).findings),
          comparable(checkEligibility(book, p).findings),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('adding an associated partner from a known, non-excluded country never changes the verdict', () => {
    fc.assert(
      fc.property(proposal, participant(SAFE_COUNTRIES), (p, partner) => {
        const extra: ParticipantInput = {
          ...partner,
          name: `${partner.name}#partner`,
          role: 'associated-partner',
        };
        const before = checkEligibility(book, p).eligible;
        const after = checkEligibility(book, { ...p, participants: [...p.participants, extra] }).eligible;
        assert.equal(after, before);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an applicant never adds a count error', () => {
    fc.assert(
      fc.property(proposal, participant(SAFE_COUNTRIES), (p, applicant) => {
        const extra: ParticipantInput = {
          ...applicant,
          name: `${applicant.name}#applicant`,
          role: 'beneficiary',
        };
        const countErrors = (q: ProposalInput) =>
          new Set(
            checkEligibility(book, q)
              .findings.filter((f) => COUNT_RULES.includes(f.rule))
              .map((f) => f.rule),
          );
        const before = countErrors(p);
        for (const rule of countErrors({ ...p, participants: [...p.participants, extra] })) {
          assert.ok(before.has(rule), `${rule} appeared after adding ${JSON.stringify(extra)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('entering an organisation a second time (its name in other case and spacing) never changes a count', () => {
    const counts = (p: ProposalInput) =>
      checkEligibility(book, p)
        .outcomes.filter((o) => COUNT_RULES.includes(o.rule))
        .map((o) =>
          JSON.stringify({ rule: o.rule, outcome: o.outcome, count: o.facts.count ?? o.facts.applicants }),
        );
    fc.assert(
      fc.property(proposal, fc.nat(), (p, pick) => {
        if (p.participants.length === 0) return;
        const original = p.participants[pick % p.participants.length]!;
        const copy = { ...original, name: ` ${original.name.toUpperCase()}  `, role: 'beneficiary' as const };
        // Upper-casing may join names that differ only in case: then the copy is no copy of one entry.
        if (
          p.participants.some((q) => q !== original && q.name.toUpperCase() === original.name.toUpperCase())
        )
          return;
        const twice = { ...p, participants: [...p.participants, copy] };
        const result = checkEligibility(book, twice);
        assert.ok(result.findings.some((f) => f.rule === 'participant.duplicate'));
        if (original.role === 'coordinator' || original.role === 'beneficiary')
          assert.deepEqual(counts(twice), counts(p));
      }),
      { numRuns: 300 },
    );
  });

  it('every finding is worded in English and Danish and cites a source', () => {
    fc.assert(
      fc.property(proposal, (p) => {
        for (const f of checkEligibility(book, p).findings) {
          assert.ok(f.message.en.length > 0 && f.message.da.length > 0, f.rule);
          assert.notEqual(f.message.en, f.message.da, `${f.rule} has a Danish message of its own`);
          assert.ok(f.basis.sources.length > 0, `${f.rule} cites a source`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
