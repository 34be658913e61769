import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPOSITORY_ROOT, ruleBook } from '../../../node/load-rule-book.ts';
import type { RuleBook } from '../../call-definition/types.ts';
import { checkEligibility } from '../check.ts';
import { ruleSummary } from '../messages/index.ts';
import type { ProposalInput } from '../proposal-input.ts';
import { ELIGIBILITY_RULES } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The stable rule ids of the public contract (spec/check-format.md, "Rule ids" table). */
function specRuleIds(): string[] {
  const spec = readFileSync(join(REPOSITORY_ROOT, 'spec/check-format.md'), 'utf8');
  return [...spec.matchAll(/^\| `([a-z-]+\.[a-z-]+)` +\|/gm)].map((m) => m[1]!);
}

describe('the rule set', () => {
  it('implements every rule id of the public contract', () => {
    const ids = ELIGIBILITY_RULES.map((r) => r.id);
    const spec = specRuleIds();
    assert.equal(spec.length, 20);
    for (const id of spec) assert.ok(ids.includes(id), `rule ${id} is implemented`);
  });

  it('keeps each rule in a file named after its id, so it can be found by id', () => {
    const files = readdirSync(here);
    for (const rule of ELIGIBILITY_RULES) {
      const file = `${rule.id.replace('.', '-')}.ts`;
      assert.ok(files.includes(file), `${rule.id} lives in rules/${file}`);
    }
  });

  it('has unique ids and summaries in both languages', () => {
    const ids = ELIGIBILITY_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of ELIGIBILITY_RULES) {
      assert.equal(r.summary, `${r.id}.summary`, `${r.id} is summed up by its own key`);
      const summary = ruleSummary(r.summary);
      assert.ok(summary.en && summary.da && summary.en !== summary.da, r.id);
    }
  });
});

describe('participant.organisation-type', () => {
  it('refuses a type the call does not list as eligible', () => {
    const book: RuleBook = structuredClone(ruleBook());
    const call = book.calls['2025']!;
    call.organisationTypes.eligible.value = call.organisationTypes.eligible.value.filter(
      (t) => t !== 'care-institution',
    );
    const proposal: ProposalInput = {
      call: '2025',
      lot: 'lot1',
      durationMonths: 24,
      participants: [
        { name: 'Odense Hospital', country: 'DK', type: 'care-institution', role: 'beneficiary' },
        { name: 'Aalborg University', country: 'DK', type: 'hei', role: 'coordinator', eche: true },
      ],
    };
    const findings = checkEligibility(book, proposal).findings.filter(
      (f) => f.rule === 'participant.organisation-type',
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.field, 'participants[0].type');
    assert.match(findings[0]!.message.en, /Odense Hospital is of type "Hospital or other care institution"/);
  });
});

describe('findings point at the field that fixes them', () => {
  it('names the participant and field for participant rules', () => {
    const result = checkEligibility(ruleBook(), {
      call: '2025',
      lot: 'lot1',
      durationMonths: 30,
      participants: [
        { name: 'A', country: 'DK', type: 'hei', role: 'coordinator' },
        { name: 'B', country: 'XX', type: 'vet', role: 'beneficiary' },
      ],
      budget: { estimatedCosts: 100, requestedGrant: 100 },
    });
    const fields = Object.fromEntries(result.findings.map((f) => [f.rule, f.field]));
    assert.equal(fields['participant.eche-required'], 'participants[0].eche');
    assert.equal(fields['participant.country'], 'participants[1].country');
    assert.equal(fields['project.duration'], 'durationMonths');
    assert.equal(fields['budget.funding-rate'], 'budget.requestedGrant');
  });
});
