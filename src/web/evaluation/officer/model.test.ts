import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressItem, ScreeningItem } from '../../../contracts/evaluation-agency.ts';
import type { Ranking } from '../../../engine/ranking/types.ts';
import { ApiError } from '../../api/client.ts';
import {
  closedCalls,
  defaultDecision,
  fieldProblem,
  formOf,
  overridesEngine,
  progressCounts,
  reasonOf,
  requestOf,
  screeningCounts,
  splitList,
} from './model.ts';

const item = (over: Partial<ScreeningItem> = {}): ScreeningItem => ({
  proposalId: 'p1',
  acronym: 'A',
  title: 'T',
  lot: 'lot1',
  ecosystem: null,
  requestedGrant: 1,
  coordinator: null,
  participants: 8,
  submission: { number: 1, submittedAt: '2026-01-01T00:00:00Z' },
  engine: { eligible: true, findings: [] },
  decision: null,
  ...over,
});

describe('the officer pages’ helpers', () => {
  it('list closed calls only, newest first, counting submitted proposals', () => {
    const deadline = (utc: string) => ({ utc });
    const calls = [
      { id: 'old', open: false, deadline: deadline('2024-01-01T00:00:00Z') },
      { id: 'open', open: true, deadline: deadline('2030-01-01T00:00:00Z') },
      { id: 'new', open: false, deadline: deadline('2025-01-01T00:00:00Z') },
      { id: 'not-yet-open', open: false, deadline: deadline('2031-01-01T00:00:00Z') },
    ];
    const proposals = [
      { callId: 'new', state: 'submitted', lastSubmittedAt: '2024-12-01T00:00:00Z' },
      { callId: 'new', state: 'withdrawn', lastSubmittedAt: '2024-12-01T00:00:00Z' },
      { callId: 'new', state: 'submitted', lastSubmittedAt: '2024-12-02T00:00:00Z' },
      { callId: 'old', state: 'draft', lastSubmittedAt: null },
    ];
    const rows = closedCalls(calls, proposals, Date.parse('2026-01-01T00:00:00Z'));
    assert.deepEqual(
      rows.map((r) => [r.id, r.submitted]),
      [
        ['new', 2],
        ['old', 0],
      ],
    );
  });

  it('find the server’s word on one field', () => {
    const error = new ApiError(400, 'bad-request', 'Bad', [
      { field: 'reason', expected: 'a written reason of at least 10 characters', got: '"ok"' },
    ]);
    assert.equal(fieldProblem(error, 'reason'), 'a written reason of at least 10 characters');
    assert.equal(fieldProblem(error, 'decision'), undefined);
    assert.equal(fieldProblem(undefined, 'reason'), undefined);
    assert.equal(fieldProblem(new Error('x'), 'reason'), undefined);
  });

  it('split typed lists', () => {
    assert.deepEqual(splitList(' vet, digital ,, stem\nconstruction'), [
      'vet',
      'digital',
      'stem',
      'construction',
    ]);
    assert.deepEqual(splitList(''), []);
  });

  it('count screening decisions and overrides', () => {
    const counts = screeningCounts([
      item(),
      item({
        decision: { decision: 'ineligible', overridden: true, reason: 'r', decidedBy: 'x', decidedAt: 'y' },
      }),
      item({
        decision: { decision: 'eligible', overridden: false, reason: 'r', decidedBy: 'x', decidedAt: 'y' },
      }),
    ]);
    assert.deepEqual(counts, { total: 3, decided: 2, eligible: 1, ineligible: 1, overridden: 1 });
  });

  it('default the decision to the engine’s verdict and say when a decision overrides it', () => {
    const bad = item({ engine: { eligible: false, findings: [] } });
    assert.equal(defaultDecision(bad), 'ineligible');
    assert.equal(defaultDecision(item()), 'eligible');
    assert.equal(overridesEngine(bad, 'eligible'), true);
    assert.equal(overridesEngine(bad, 'ineligible'), false);
    assert.equal(overridesEngine(item(), 'ineligible'), true);
  });

  it('count the progress of a call', () => {
    const expert = (evaluation: string) => ({
      expertId: evaluation,
      name: 'E',
      rapporteur: false,
      manual: false,
      matched: [],
      declaration: 'pending' as const,
      evaluation,
    });
    const items: ProgressItem[] = [
      {
        proposalId: 'a',
        acronym: 'A',
        lot: 'lot1',
        screening: 'eligible',
        experts: [expert('submitted'), expert('draft')],
        consensus: 'agreed',
        flags: [],
      },
      {
        proposalId: 'b',
        acronym: 'B',
        lot: 'lot1',
        screening: null,
        experts: [],
        consensus: null,
        flags: null,
      },
    ];
    assert.deepEqual(progressCounts(items), {
      proposals: 2,
      screened: 1,
      assigned: 1,
      evaluationsSubmitted: 1,
      evaluationsExpected: 2,
      consensusAgreed: 1,
    });
  });
});

describe('the log of manual assignment changes', () => {
  it('reads the reason from an addition and from a removal', () => {
    assert.equal(
      reasonOf([{ path: '', new: { proposalId: 'p', expertId: 'e', reason: 'Adds language cover.' } }]),
      'Adds language cover.',
    );
    assert.equal(
      reasonOf([
        { path: 'expertId', old: 'e' },
        { path: 'reason', new: 'Leaves on sick leave.' },
        { path: 'removed', new: true },
      ]),
      'Leaves on sick leave.',
    );
    assert.equal(reasonOf([{ path: 'x', new: 1 }]), undefined);
  });
});

describe('the what-if form', () => {
  const sourced = (value: number) => ({ value, status: 'confirmed' as const, sources: [], definedAt: '' });
  const threshold = (value: number, basis = value) => ({
    value,
    basis: sourced(basis),
    overridden: value !== basis,
  });
  const ranking = {
    call: 'c',
    maximumTotal: 100,
    overallThreshold: threshold(60),
    criteria: [
      { id: 'relevance', name: { en: 'R', da: 'R' }, maximum: sourced(25), threshold: threshold(13) },
      { id: 'impact', name: { en: 'I', da: 'I' }, maximum: sourced(25), threshold: threshold(13) },
    ],
    exAequo: { ...sourced(0), value: [] },
    lots: { lot1: { envelope: { value: 25_000_000, origin: 'call-definition' } } },
    proposals: [],
  } as unknown as Ranking;

  it('starts from the ranking’s values', () => {
    assert.deepEqual(formOf(ranking), {
      envelopes: { lot1: 25_000_000 },
      overallThreshold: 60,
      criterionThresholds: { relevance: 13, impact: 13 },
    });
  });

  it('sends a threshold only when it differs from the call definition', () => {
    const form = formOf(ranking);
    assert.deepEqual(requestOf(form, ranking), { envelopes: { lot1: 25_000_000 } });
    assert.deepEqual(
      requestOf(
        {
          ...form,
          envelopes: { lot1: 1_000_000 },
          overallThreshold: 70,
          criterionThresholds: { relevance: 13, impact: 15 },
        },
        ranking,
      ),
      { envelopes: { lot1: 1_000_000 }, overallThreshold: 70, criterionThresholds: { impact: 15 } },
    );
  });
});
