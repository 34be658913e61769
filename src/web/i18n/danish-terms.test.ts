/**
 * One Danish word per thing, the words of the Danish national agency's page on the action
 * (ufm.dk, "Innovationsalliancer": "ansøgning", "Lot 1"), and Danish quotation marks (»…«).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openFlagsMessage } from '../../engine/evaluation/messages/index.ts';
import { da } from './da.ts';
import { en } from './en.ts';

const danish = Object.entries(da);

describe('Danish terms', () => {
  it('a proposal is an "ansøgning", never a "forslag"', () => {
    assert.deepEqual(
      danish.filter(([, text]) => /forslag/i.test(text)).map(([key]) => key),
      [],
    );
    // The word is there where the English says "proposal".
    const proposal = Object.keys(en).filter((k) => /\bproposals?\b/i.test(en[k as keyof typeof en]));
    assert.ok(proposal.length > 20);
    const without = proposal.filter((k) => !/ansøgning/i.test(da[k as keyof typeof da]));
    // Messages that say "proposal" and need no noun in Danish are few and known.
    assert.ok(without.length < proposal.length / 4, `without "ansøgning": ${without.join(', ')}`);
  });

  it('a lot is a "lot", never a "delområde"', () => {
    assert.deepEqual(
      danish.filter(([, text]) => /delområde/i.test(text)).map(([key]) => key),
      [],
    );
  });

  it('agreeing a consensus is "vedtage", never "godkende" (the button says "Vedtag konsensus")', () => {
    const consensus = [
      ...danish.filter(([key, text]) => /konsensus/i.test(text) || key.startsWith('consensus.')),
      ['the refusal while flags are open', openFlagsMessage([]).da] as const,
    ];
    assert.ok(consensus.some(([, text]) => /vedtag/i.test(text)));
    assert.deepEqual(
      consensus.filter(([, text]) => /godkend/i.test(text)).map(([key]) => key),
      [],
    );
  });

  it('quotations use »…«, not English or straight quotation marks', () => {
    assert.deepEqual(
      danish.filter(([, text]) => /[“”"„]/.test(text)).map(([key]) => key),
      [],
    );
    assert.ok(danish.some(([, text]) => /»[^«]+«/.test(text)));
  });
});
