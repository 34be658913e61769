import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem } from '../eligibility/proposal-input.ts';
import { assignExperts } from './assign.ts';

const valid = () => ({
  expertsPerProposal: 2,
  proposals: [
    { id: 'P1', topics: ['digital'], organisations: ['999000001', '999000002'] },
    { id: 'P2', topics: ['green'], organisations: ['999000003'] },
  ],
  experts: [
    { id: 'E1', topics: ['digital'], organisation: '999000001', maxLoad: 2 },
    { id: 'E2', topics: ['green'], organisation: '999000100', maxLoad: 2 },
    { id: 'E3', topics: [], organisation: '999000101', maxLoad: 2 },
  ],
  conflicts: [{ expert: 'E2', proposal: 'P2', reason: 'declared' }],
});

/** The messages for an input, each "field: expected ...; got ...". */
function refusal(input: unknown): string[] {
  const outcome = assignExperts(input);
  assert.equal(outcome.ok, false, 'the input should be refused');
  return outcome.ok ? [] : outcome.problems.map(describeProblem);
}

function refusedFor(input: unknown, pattern: RegExp): void {
  const messages = refusal(input);
  assert.ok(
    messages.some((m) => pattern.test(m)),
    `expected a message matching ${pattern}; got:\n${messages.join('\n')}`,
  );
}

describe('assignment input: the shape', () => {
  it('accepts the valid base case, ignoring unknown extra fields', () => {
    const input = {
      ...valid(),
      comment: 'round 1',
      proposals: valid().proposals.map((p) => ({ ...p, lot: 'lot1' })),
    };
    assert.equal(assignExperts(input).ok, true);
  });

  it('refuses what is not an object', () => {
    refusedFor([], /^\(top level\): expected a JSON object .*; got \[\]$/);
    refusedFor(null, /^\(top level\): expected a JSON object/);
  });

  it('names a missing field', () => {
    const { experts: _, ...input } = valid();
    refusedFor(input, /^experts: expected a list of experts; got nothing \(the field is missing\)$/);
  });

  it('refuses expertsPerProposal that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, '3']) {
      refusedFor(
        { ...valid(), expertsPerProposal: bad },
        new RegExp(
          `^expertsPerProposal: expected .*whole number \\(1 or more\\); got ${JSON.stringify(bad)}$`,
        ),
      );
    }
  });

  it('refuses a negative or fractional maxLoad, naming the expert by position', () => {
    for (const bad of [-1, 2.5, null]) {
      const input = valid();
      (input.experts[1] as { maxLoad: unknown }).maxLoad = bad;
      refusedFor(
        input,
        new RegExp(`^experts\\[1\\]\\.maxLoad: expected .*whole number \\(0 or more\\); got ${bad}$`),
      );
    }
  });

  it('refuses mistyped fields', () => {
    const input = valid() as Record<string, unknown> & ReturnType<typeof valid>;
    (input.proposals[0] as { topics: unknown }).topics = 'digital';
    (input.experts[0] as { organisation: unknown }).organisation = 999000001;
    (input.proposals[1] as { id: unknown }).id = '';
    const messages = refusal(input);
    assert.deepEqual(
      messages.map((m) => m.split(':')[0]),
      ['proposals[0].topics', 'proposals[1].id', 'experts[0].organisation'],
    );
  });
});

describe('assignment input: the references', () => {
  it('refuses duplicate proposal ids and duplicate expert ids', () => {
    const input = valid();
    input.proposals.push({ id: 'P1', topics: [], organisations: [] });
    input.experts.push({ id: 'E3', topics: [], organisation: '1', maxLoad: 1 });
    assert.deepEqual(refusal(input), [
      'proposals[2].id: expected an id not used before in proposals (proposals[0] has it); got "P1"',
      'experts[3].id: expected an id not used before in experts (experts[2] has it); got "E3"',
    ]);
  });

  it('refuses a conflict naming an unknown expert or proposal', () => {
    const input = {
      ...valid(),
      conflicts: [
        { expert: 'E9', proposal: 'P1' },
        { expert: 'E1', proposal: 'P7' },
      ],
    };
    assert.deepEqual(refusal(input), [
      'conflicts[0].expert: expected the id of an expert listed in experts; got "E9"',
      'conflicts[1].proposal: expected the id of a proposal listed in proposals; got "P7"',
    ]);
  });

  it('refuses a pin naming an unknown expert or proposal', () => {
    refusedFor({ ...valid(), pinned: [{ expert: 'E9', proposal: 'P1' }] }, /^pinned\[0\]\.expert: /);
    refusedFor({ ...valid(), pinned: [{ expert: 'E1', proposal: 'P9' }] }, /^pinned\[0\]\.proposal: /);
  });
});

describe('assignment input: pins that break a hard constraint', () => {
  it('refuses a pin where the employer takes part', () => {
    refusedFor(
      { ...valid(), pinned: [{ expert: 'E1', proposal: 'P1' }] },
      /^pinned\[0\]: expected a pair without a conflict of interest; got .*employer of E1 \(999000001\) takes part in P1$/,
    );
  });

  it('refuses a pin with a declared conflict', () => {
    refusedFor(
      { ...valid(), pinned: [{ expert: 'E2', proposal: 'P2' }] },
      /^pinned\[0\]: expected a pair without a conflict of interest; got .*conflicts\[0\] declares/,
    );
  });

  it('refuses more pins on a proposal than expertsPerProposal', () => {
    const input = { ...valid(), expertsPerProposal: 1 };
    refusedFor(
      {
        ...input,
        pinned: [
          { expert: 'E1', proposal: 'P2' },
          { expert: 'E3', proposal: 'P2' },
        ],
      },
      /^pinned\[1\]: expected at most 1 pinned experts on proposal P2/,
    );
  });

  it('refuses more pins for an expert than their maxLoad', () => {
    const input = valid();
    input.experts[2]!.maxLoad = 1;
    refusedFor(
      {
        ...input,
        pinned: [
          { expert: 'E3', proposal: 'P1' },
          { expert: 'E3', proposal: 'P2' },
        ],
      },
      /^pinned\[1\]: expected at most 1 pinned proposals for expert E3 \(their maxLoad\)/,
    );
  });

  it('reports every problem at once', () => {
    const input = { ...valid(), conflicts: [{ expert: 'E9', proposal: 'P9' }] };
    input.experts.push({ id: 'E1', topics: [], organisation: '1', maxLoad: 1 });
    assert.equal(refusal(input).length, 3);
  });
});
