/**
 * rankProposals: the ranking and selection of spec/rank-format.md, as a pure function of the call
 * definition, the consensus scores and (for the simulator) what-if overrides. It saves nothing;
 * the same function runs behind the CLI, the agency's ranking screen and its simulator.
 */
import {
  type CallDefinition,
  LOT_IDS,
  type LotDefinition,
  type LotId,
  type RuleBook,
} from '../call-definition/types.ts';
import { describeProblem, type InputProblem } from '../eligibility/proposal-input.ts';
import { parseRankInput } from './input.ts';
import { rankingMessage } from './messages/index.ts';
import { rankingOrder } from './order.ts';
import { overrideProblems } from './overrides.ts';
import { selectWithinEnvelope } from './selection.ts';
import { type AppliedThresholds, applyThresholds, assessThresholds, sumScores } from './thresholds.ts';
import type {
  AppliedEnvelope,
  LotRanking,
  RankedProposal,
  RankInput,
  Ranking,
  RankingOverrides,
  RankProposalInput,
} from './types.ts';

interface Assessed extends RankProposalInput {
  total: number;
  passes: boolean;
  thresholdReasons: RankedProposal['reasons'];
}

function assess(proposal: RankProposalInput, applied: AppliedThresholds): Assessed {
  const total = sumScores(applied.criteria.map((c) => proposal.scores[c.id]));
  const { passes, reasons } = assessThresholds(proposal.scores, total, applied);
  return { ...proposal, total, passes, thresholdReasons: reasons };
}

/** The simulator's envelope, else the input's, else the call definition's. */
export function envelopeFor(
  lot: LotDefinition,
  input: RankInput,
  overrides: RankingOverrides,
): AppliedEnvelope | undefined {
  const basis = lot.envelope;
  const withBasis = (value: number, origin: AppliedEnvelope['origin']): AppliedEnvelope =>
    basis ? { value, origin, basis } : { value, origin };
  const override = overrides.envelopes?.[lot.id];
  if (override !== undefined) return withBasis(override, 'override');
  const given = input.envelopes[lot.id];
  if (given !== undefined) return withBasis(given, 'input');
  return basis ? withBasis(basis.value, 'call-definition') : undefined;
}

/** The lots a ranking reports: those with proposals, and those given an envelope. */
function lotsOf(input: RankInput, overrides: RankingOverrides): LotId[] {
  const named = new Set<string>([
    ...input.proposals.map((p) => p.lot),
    ...Object.keys(input.envelopes),
    ...Object.keys(overrides.envelopes ?? {}),
  ]);
  return LOT_IDS.filter((lot) => named.has(lot));
}

function toRanked(
  p: Assessed,
  rest: Pick<RankedProposal, 'rank' | 'decision' | 'cumulative'>,
): RankedProposal {
  const ranked: RankedProposal = {
    id: p.id,
    lot: p.lot,
    requestedGrant: p.requestedGrant,
    scores: p.scores,
    total: p.total,
    rank: rest.rank,
    decision: rest.decision,
    reasons: [...p.thresholdReasons],
    cumulative: rest.cumulative,
  };
  if (p.ecosystem !== undefined) ranked.ecosystem = p.ecosystem;
  return ranked;
}

function rankLot(
  call: CallDefinition,
  lot: LotDefinition,
  envelope: AppliedEnvelope,
  assessed: readonly Assessed[],
): { lot: LotRanking; proposals: RankedProposal[] } {
  const order = rankingOrder(call.awardCriteria.exAequo.value);
  const passing = assessed.filter((p) => p.passes).sort(order);
  const below = assessed.filter((p) => !p.passes).sort(order);
  const candidates = passing.map((p, i) => ({ ...p, rank: i + 1 }));
  const selection = selectWithinEnvelope(lot.id, candidates, envelope.value, lot.selection.value);
  const proposals: RankedProposal[] = [];
  for (const candidate of candidates) {
    const decided = selection.decisions.get(candidate.id)!;
    const ranked = toRanked(candidate, { ...decided, rank: candidate.rank });
    ranked.reasons.push(...decided.reasons);
    proposals.push(ranked);
  }
  for (const p of below) {
    const ranked = toRanked(p, { rank: null, decision: 'below-threshold', cumulative: null });
    ranked.reasons.push(rankingMessage('ranking.not-ranked'));
    proposals.push(ranked);
  }
  const selected = proposals.filter((p) => p.decision === 'selected');
  return {
    proposals,
    lot: {
      lot: lot.id,
      name: lot.name.value,
      envelope,
      committed: selection.committed,
      remaining: envelope.value - selection.committed,
      cutOff: selected.at(-1)?.total ?? null,
      selection: lot.selection,
      ranked: candidates.map((c) => c.id),
      selected: selected.map((p) => p.id),
      reserveList: proposals.filter((p) => p.decision === 'reserve').map((p) => p.id),
      belowThreshold: below.map((p) => p.id),
    },
  };
}

/**
 * Ranks and selects validated input (./input.ts). Throws a RangeError for what validation
 * refuses (another call's input, a lot the call lacks or without an envelope, duplicate ids,
 * invalid overrides): those are programming errors here, not findings.
 */
export function rankProposals(
  call: CallDefinition,
  input: RankInput,
  overrides: RankingOverrides = {},
): Ranking {
  if (input.call !== call.year) throw new RangeError(`input for call ${input.call}, not ${call.year}`);
  const problems = overrideProblems(call, overrides);
  if (problems.length > 0) throw new RangeError(problems.map(describeProblem).join('; '));
  const ids = new Set(input.proposals.map((p) => p.id));
  if (ids.size !== input.proposals.length) throw new RangeError('duplicate proposal ids');
  const applied = applyThresholds(call, overrides);
  const assessed = input.proposals.map((p) => assess(p, applied));
  const ranking: Ranking = {
    call: call.year,
    maximumTotal: applied.maximumTotal,
    overallThreshold: applied.overall,
    criteria: applied.criteria,
    exAequo: call.awardCriteria.exAequo,
    lots: {},
    proposals: [],
  };
  for (const lotId of lotsOf(input, overrides)) {
    const lot = call.lots[lotId];
    if (!lot) throw new RangeError(`the ${call.year} call has no ${lotId}`);
    const envelope = envelopeFor(lot, input, overrides);
    if (!envelope) throw new RangeError(`no envelope for ${lotId}`);
    const ranked = rankLot(
      call,
      lot,
      envelope,
      assessed.filter((p) => p.lot === lotId),
    );
    ranking.lots[lotId] = ranked.lot;
    ranking.proposals.push(...ranked.proposals);
  }
  return ranking;
}

export type RankResult = { ok: true; ranking: Ranking } | { ok: false; problems: InputProblem[] };

/** Validates raw (JSON-parsed) input, then ranks it: the whole of `alliances rank`. */
export function rankFromInput(book: RuleBook, input: unknown, overrides: RankingOverrides = {}): RankResult {
  const parsed = parseRankInput(book, input);
  if (!parsed.ok) return parsed;
  const problems = overrideProblems(parsed.call, overrides);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ranking: rankProposals(parsed.call, parsed.input, overrides) };
}
