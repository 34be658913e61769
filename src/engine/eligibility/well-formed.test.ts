import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lot2Proposal } from '../../../bench/proposals.ts';
import { proposalInputSchema } from './proposal-input.ts';
import { isWellFormedProposal } from './well-formed.ts';

// Values that sit near the edges of the schema: right and wrong types, fractions, negatives.
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 5_000_000 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(
    '',
    'x',
    '24',
    'hei',
    'vet',
    'coordinator',
    'DK',
    '2025-03-06T12:00:00Z',
    '2025-03-06 12:00',
    '2025-02-30T12:00Z',
    '999986390',
    '99998639',
    '9999863900',
    ' 999986390',
    'hu-public-interest-trust',
  ),
  fc.constant([]),
  fc.constant({}),
);

/** Changes one field somewhere in a valid proposal to an odd value (or removes it). */
const mutated = fc
  .record({
    path: fc.constantFrom(
      ['call'],
      ['lot'],
      ['durationMonths'],
      ['ecosystem'],
      ['submittedAt'],
      ['budget'],
      ['budget', 'estimatedCosts'],
      ['budget', 'requestedGrant'],
      ['participants'],
      ['participants', 0],
      ['participants', 3, 'name'],
      ['participants', 1, 'country'],
      ['participants', 2, 'type'],
      ['participants', 4, 'role'],
      ['participants', 0, 'eche'],
      ['participants', 1, 'pic'],
      ['participants', 2, 'publiclyOwned'],
      ['participants', 3, 'restriction'],
    ),
    value: oddValue,
  })
  .map(({ path, value }) => {
    const input = structuredClone(lot2Proposal) as unknown as Record<string | number, unknown>;
    let node = input;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
    return input;
  });

describe('the fast shape check agrees with the schema', () => {
  it('on proposals with one field changed', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        assert.equal(
          isWellFormedProposal(input),
          proposalInputSchema.safeParse(input).success,
          JSON.stringify(input),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        assert.equal(isWellFormedProposal(input), proposalInputSchema.safeParse(input).success);
      }),
      { numRuns: 1000 },
    );
  });
});
