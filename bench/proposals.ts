/** The proposals the rules benchmark checks: a Lot 1 with 10 participants and a Lot 2 with 25. */
import type { ProposalInput } from '../src/engine/eligibility/proposal-input.ts';

const LOT1_ROWS: [string, string, string, string][] = [
  ['Aarhus University', 'DK', 'hei', 'coordinator'],
  ['Berlin VET College', 'DE', 'vet', 'beneficiary'],
  ['Université de Lyon', 'FR', 'hei', 'beneficiary'],
  ['Amsterdam Robotics BV', 'NL', 'enterprise', 'beneficiary'],
  ['Danish Chamber of Commerce', 'DK', 'chamber', 'beneficiary'],
  ['IG Metall Bildung', 'DE', 'social-partner', 'beneficiary'],
  ['CNRS Lyon', 'FR', 'research', 'beneficiary'],
  ['Gemeente Eindhoven', 'NL', 'public-body', 'beneficiary'],
  ['Oslo Makers', 'NO', 'ngo', 'associated-partner'],
  ['Lisbon Skills Council', 'PT', 'sector-skills-council', 'affiliated-entity'],
];

const LOT2_COUNTRIES = [
  'NL',
  'BE',
  'DE',
  'FR',
  'IT',
  'ES',
  'PL',
  'AT',
  'SE',
  'FI',
  'DK',
  'PT',
  'CZ',
  'NO',
  'RS',
];
const LOT2_TYPES = [
  'hei',
  'vet',
  'enterprise',
  'chamber',
  'social-partner',
  'sectoral-association',
  'research',
  'vet',
];

export const lot1Proposal: ProposalInput = {
  call: '2025',
  lot: 'lot1',
  durationMonths: 36,
  participants: LOT1_ROWS.map(([name, country, type, role]) => ({
    name,
    country,
    type: type as ProposalInput['participants'][number]['type'],
    role: role as ProposalInput['participants'][number]['role'],
    eche: type === 'hei',
  })),
  budget: { estimatedCosts: 1_900_000, requestedGrant: 1_500_000 },
  submittedAt: '2025-03-06T12:00:00Z',
};

export const lot2Proposal: ProposalInput = {
  call: '2025',
  lot: 'lot2',
  durationMonths: 48,
  ecosystem: 'renewable-energy',
  participants: Array.from({ length: 25 }, (_, i) => {
    const type = LOT2_TYPES[i % LOT2_TYPES.length] as ProposalInput['participants'][number]['type'];
    return {
      name: `Alliance member ${String(i + 1).padStart(2, '0')}`,
      country: LOT2_COUNTRIES[i % LOT2_COUNTRIES.length]!,
      type,
      role: i === 0 ? 'coordinator' : i >= 22 ? 'associated-partner' : 'beneficiary',
      eche: type === 'hei',
    };
  }),
  budget: { estimatedCosts: 5_200_000, requestedGrant: 4_000_000 },
  submittedAt: '2025-03-06T12:00:00Z',
};
