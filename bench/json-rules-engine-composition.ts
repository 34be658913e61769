/**
 * The consortium-composition rules written for json-rules-engine, the baseline of
 * `npm run bench:rules`: exactly one coordinator from a Member State or associated country,
 * minimum countries, applicants, labour-market actors, education providers, an HEI and a VET
 * provider. Facts are computed from the participants, as that engine is meant to be used.
 */
import { Engine } from 'json-rules-engine';
import type { LotId, RuleBook } from '../src/engine/call-definition/types.ts';
import type { ProposalInput } from '../src/engine/eligibility/proposal-input.ts';

type Participants = ProposalInput['participants'];

export function compositionEngine(book: RuleBook, year: string, lotId: LotId): Engine {
  const call = book.calls[year]!;
  const lot = call.lots[lotId]!;
  const eligibleCountries = new Set([
    ...call.countries.memberStates.value,
    ...call.countries.associated.value,
  ]);
  const counted = new Set<string>(call.participation.countedRoles.value);
  const lma = new Set<string>(call.organisationTypes.labourMarketActors.value);
  const etp = new Set<string>(call.organisationTypes.educationProviders.value);
  const engine = new Engine([], { allowUndefinedFacts: false });

  const applicants = async (almanac: { factValue(name: string): Promise<unknown> }) =>
    ((await almanac.factValue('participants')) as Participants).filter(
      (p) => counted.has(p.role) && !call.countries.excluded.value.includes(p.country),
    );
  engine.addFact('coordinatorCount', async (_params, almanac) => {
    const all = (await almanac.factValue('participants')) as Participants;
    return all.filter((p) => p.role === 'coordinator').length;
  });
  engine.addFact('coordinatorEligibleCountry', async (_params, almanac) => {
    const all = (await almanac.factValue('participants')) as Participants;
    const coordinator = all.find((p) => p.role === 'coordinator');
    return coordinator ? eligibleCountries.has(coordinator.country) : false;
  });
  engine.addFact(
    'countryCount',
    async (_p, almanac) =>
      new Set(
        (await applicants(almanac)).filter((p) => eligibleCountries.has(p.country)).map((p) => p.country),
      ).size,
  );
  engine.addFact('applicantCount', async (_p, almanac) => (await applicants(almanac)).length);
  engine.addFact(
    'labourMarketActorCount',
    async (_p, almanac) => (await applicants(almanac)).filter((p) => lma.has(p.type)).length,
  );
  engine.addFact(
    'educationProviderCount',
    async (_p, almanac) => (await applicants(almanac)).filter((p) => etp.has(p.type)).length,
  );
  engine.addFact(
    'heiCount',
    async (_p, almanac) => (await applicants(almanac)).filter((p) => p.type === 'hei').length,
  );
  engine.addFact(
    'vetCount',
    async (_p, almanac) => (await applicants(almanac)).filter((p) => p.type === 'vet').length,
  );

  const minimum = (id: string, fact: string, value: number | boolean, operator = 'greaterThanInclusive') =>
    engine.addRule({ name: id, conditions: { all: [{ fact, operator, value }] }, event: { type: id } });
  minimum('coordinator.count', 'coordinatorCount', 1, 'equal');
  minimum('coordinator.country', 'coordinatorEligibleCountry', true, 'equal');
  minimum('consortium.min-countries', 'countryCount', lot.composition.minCountries.value);
  minimum('consortium.min-applicants', 'applicantCount', lot.composition.minApplicants.value);
  minimum(
    'consortium.min-labour-market-actors',
    'labourMarketActorCount',
    lot.composition.minLabourMarketActors.value,
  );
  minimum(
    'consortium.min-education-providers',
    'educationProviderCount',
    lot.composition.minEducationProviders.value,
  );
  minimum('consortium.hei-required', 'heiCount', 1);
  minimum('consortium.vet-required', 'vetCount', 1);
  return engine;
}

/** Runs the composition rules; returns the ids of the rules that failed. */
export async function runComposition(engine: Engine, proposal: ProposalInput): Promise<string[]> {
  const { failureEvents } = await engine.run({ participants: proposal.participants });
  return failureEvents.map((e) => e.type).sort();
}
