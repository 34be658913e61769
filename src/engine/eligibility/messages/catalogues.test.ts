/**
 * The English and Danish catalogues hold the same keys, each written from the same facts, and
 * every key a rule can name renders in both languages from the facts the rule really hands over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ruleBook } from '../../../node/load-rule-book.ts';
import { ORGANISATION_TYPES, RESTRICTIONS, ROLES } from '../../call-definition/types.ts';
import { FLAG_MESSAGES } from '../../evaluation/messages/index.ts';
import type { Catalogue, Catalogues, Translation } from '../../i18n/catalogue.ts';
import { checkForm } from '../../proposal/form-rules.ts';
import { FORM_MESSAGES } from '../../proposal/messages/index.ts';
import { RANKING_MESSAGES } from '../../ranking/messages/index.ts';
import { PACKAGE_MESSAGES } from '../../submission-package/messages/index.ts';
import { checkEligibility } from '../check.ts';
import type { ProposalInput } from '../proposal-input.ts';
import type { Finding } from '../types.ts';
import { ELIGIBILITY_MESSAGES } from './index.ts';

// The compiler is the first check: a translation lacking a key, or taking other facts, does not build.
// @ts-expect-error a key of the English catalogue is missing
const lacking: Translation<{ a: () => string; b: () => string }> = { a: () => 'a' };
type CountSentence = Translation<{ a: (p: { count: number }) => string }>;
const otherFacts: CountSentence = {
  // @ts-expect-error the translation asks for other facts than the English sentence is given
  a: (p: { name: string }) => p.name,
};
void lacking;
void otherFacts;

const CATALOGUES: Record<string, Catalogues<Catalogue>> = {
  eligibility: ELIGIBILITY_MESSAGES,
  form: FORM_MESSAGES,
  ranking: RANKING_MESSAGES,
  'chair flags': FLAG_MESSAGES,
  'submission package': PACKAGE_MESSAGES,
};

/** What a sentence must never show: a fact that was not handed over, or handed over in the wrong shape. */
const BROKEN = /undefined|NaN|\[object |\bnull\b/;

function assertRendered(f: Finding): void {
  for (const [what, text] of [
    ['message', f.message],
    ['fix', f.fix],
  ] as const) {
    if (!text) continue;
    assert.ok(text.en.length > 0 && text.da.length > 0, `${f.rule} ${what}`);
    assert.doesNotMatch(text.en, BROKEN, `${f.messageKey} (en): ${text.en}`);
    assert.doesNotMatch(text.da, BROKEN, `${f.messageKey} (da): ${text.da}`);
    assert.notEqual(text.en, text.da, `${f.messageKey} has a Danish sentence of its own`);
  }
}

const book = ruleBook();
/** Every call lists every type as eligible; without one of them, participant.organisation-type can speak. */
const narrowed = structuredClone(book);
for (const call of Object.values(narrowed.calls)) {
  const eligible = call.organisationTypes.eligible;
  eligible.value = eligible.value.filter((t) => t !== 'care-institution');
}
const COUNTRIES = ['DK', 'DE', 'FR', 'HU', 'NO', 'RS', 'UA', 'RU', 'GL', 'QQ'];

const proposal = fc
  .record({
    call: fc.constantFrom(...Object.keys(book.calls)),
    lotChoice: fc.nat(),
    durationMonths: fc.constantFrom(24, 30, 36, 48),
    ecosystem: fc.option(fc.constantFrom('digital', 'tourism', 'health', 'space'), { nil: undefined }),
    participants: fc.array(
      fc.record({
        name: fc.constantFrom('Org1', 'Org2', 'Org3', 'Org4', 'Org5', 'Org6'),
        country: fc.constantFrom(...COUNTRIES),
        type: fc.constantFrom(...ORGANISATION_TYPES),
        role: fc.constantFrom(...ROLES),
        eche: fc.boolean(),
        publiclyOwned: fc.boolean(),
        restriction: fc.option(fc.constantFrom(...RESTRICTIONS), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
    budget: fc.record({
      estimatedCosts: fc.nat({ max: 6_000_000 }),
      requestedGrant: fc.nat({ max: 5_000_000 }),
    }),
    submittedAt: fc.constantFrom('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'),
  })
  .map(({ lotChoice, ecosystem, participants, ...rest }): ProposalInput => {
    const lots = Object.keys(book.calls[rest.call]!.lots);
    const p: ProposalInput = {
      ...rest,
      lot: lots[lotChoice % lots.length]!,
      participants: participants.map(({ restriction, ...q }) => (restriction ? { ...q, restriction } : q)),
    };
    if (ecosystem !== undefined) p.ecosystem = ecosystem;
    return p;
  });

describe('the message catalogues', () => {
  for (const [name, { en, da }] of Object.entries(CATALOGUES)) {
    it(`${name}: the same keys in English and Danish, each a sentence of as many facts`, () => {
      assert.deepEqual(Object.keys(da).sort(), Object.keys(en).sort());
      for (const key of Object.keys(en)) assert.equal(da[key]!.length, en[key]!.length, key);
    });
  }

  it('eligibility: every key is reached, and renders in both languages from the facts its rule gives', () => {
    const reached = new Set<string>();
    for (const p of fc.sample(proposal, { seed: 13, numRuns: 1500 })) {
      const result = checkEligibility(narrowed, p);
      for (const f of result.findings) {
        reached.add(f.messageKey);
        if (f.fixKey) reached.add(f.fixKey);
        assertRendered(f);
      }
      for (const o of result.outcomes) reached.add(`${o.rule}.summary`);
    }
    assert.deepEqual(
      Object.keys(ELIGIBILITY_MESSAGES.en).filter((k) => !reached.has(k)),
      [],
      'keys no rule names',
    );
  });

  it('form: every key is reached, and renders in both languages from the facts its rule gives', () => {
    const call = book.calls['2025']!;
    const reached = new Set<string>();
    for (const complete of [false, true]) {
      const doc = {
        general: {
          acronym: complete ? 'GREEN' : ' ',
          title: complete ? 'Green skills' : '',
          durationMonths: 24,
        },
        answers: complete ? { relevance: 'x'.repeat(100_000) } : {},
        partA: {},
        coordinatorDeclaration: { declarations: {} },
        participants: [
          { id: 'p1', role: 'coordinator', organisation: { legalName: 'Aarhus University' } },
          { id: 'p2', role: 'associated-partner', organisation: { legalName: 'Porto VET' } },
        ],
        workPlan: {
          workPackages: [
            {
              id: 'w2',
              number: 2,
              title: '',
              deliverables: [{ title: '' }],
              leadParticipantId: null,
              startMonth: 5,
              endMonth: 30,
            },
            {
              id: 'w3',
              number: 3,
              title: 'T',
              deliverables: [],
              leadParticipantId: 'p1',
              startMonth: 1,
              endMonth: 2,
            },
          ],
        },
      };
      const budget = { byWorkPackage: { w3: { total: 1 } }, byBeneficiary: {} };
      for (const f of checkForm(doc as never, call, budget as never)) {
        reached.add(f.messageKey);
        if (f.fixKey) reached.add(f.fixKey);
        assertRendered(f);
      }
    }
    assert.deepEqual(
      Object.keys(FORM_MESSAGES.en).filter((k) => !reached.has(k)),
      [],
      'keys no form rule names',
    );
  });

  it('the check of rendering finds a fact that was not handed over', () => {
    const broken = ELIGIBILITY_MESSAGES.en['participant.country.failed']({ name: 'Org1' } as never);
    assert.match(broken, BROKEN);
  });
});
