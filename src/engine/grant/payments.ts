/**
 * Lump-sum payments in whole euros. Pre-financing on signature is the call's percentage of the
 * grant, rounded down. After a report, the payment is what the completed work packages' shares
 * add up to, less what has been paid already; never below zero, and until the final payment
 * never above the call's interim ceiling, so that the ledger can never exceed the grant.
 */
import type { PartialCompletionRule } from '../call-definition/types.ts';

export type WorkPackageStatus = 'completed' | 'partially-completed' | 'not-completed';

export interface WorkPackageAssessment {
  status: WorkPackageStatus;
  /** For a partially completed work package: the share of it done, 1 to 99. */
  percent?: number | undefined;
}

export function preFinancing(grant: number, percent: number): number {
  if (!Number.isSafeInteger(grant) || grant < 0)
    throw new RangeError(`grant must be whole euros, got ${grant}`);
  return Math.floor((grant * percent) / 100);
}

/**
 * Where each work package stands after this report: one completed in an earlier report stays
 * completed; the others take this report's assessment.
 */
export function standingAfter(
  earlier: readonly Readonly<Record<string, WorkPackageAssessment>>[],
  current: Readonly<Record<string, WorkPackageAssessment>>,
): Record<string, WorkPackageAssessment> {
  const out: Record<string, WorkPackageAssessment> = { ...current };
  for (const report of earlier)
    for (const [wp, a] of Object.entries(report)) if (a.status === 'completed') out[wp] = a;
  return out;
}

export interface PaymentInput {
  grant: number;
  /** The lump-sum share of each work package; they add up to the grant. */
  shares: Readonly<Record<string, number>>;
  /** Where each work package stands (standingAfter); a work package not listed is not completed. */
  standing: Readonly<Record<string, WorkPackageAssessment>>;
  final: boolean;
  paidSoFar: number;
  interimCeilingPercent: number;
  partialCompletion: PartialCompletionRule;
}

export interface PaymentLine {
  workPackageId: string;
  share: number;
  status: WorkPackageStatus;
  /** What the work package's assessment makes payable (its share, a pro-rata part, or nothing). */
  accepted: number;
}

export interface PaymentResult {
  lines: PaymentLine[];
  /** The sum of the accepted amounts. */
  accepted: number;
  /** What may be paid in all until now: the accepted sum, capped by the interim ceiling before the final payment. */
  payableInAll: number;
  /** This payment: payableInAll less what was paid, at least zero. */
  amount: number;
  /** Paid beyond what the work accepted at the final payment (the agency recovers it; never negative). */
  toRecover: number;
  ceilingApplied: boolean;
}

function acceptedOf(share: number, a: WorkPackageAssessment | undefined, input: PaymentInput): number {
  if (a?.status === 'completed') return share;
  if (
    a?.status === 'partially-completed' &&
    input.final &&
    input.partialCompletion === 'pro-rata-at-final' &&
    a.percent !== undefined
  )
    return Math.floor((share * Math.min(100, Math.max(0, a.percent))) / 100);
  return 0;
}

export function periodPayment(input: PaymentInput): PaymentResult {
  const lines: PaymentLine[] = Object.entries(input.shares).map(([wp, share]) => {
    const a = input.standing[wp];
    return {
      workPackageId: wp,
      share,
      status: a?.status ?? 'not-completed',
      accepted: acceptedOf(share, a, input),
    };
  });
  const accepted = Math.min(
    input.grant,
    lines.reduce((s, l) => s + l.accepted, 0),
  );
  const ceiling = input.final ? input.grant : Math.floor((input.grant * input.interimCeilingPercent) / 100);
  const payableInAll = Math.min(accepted, ceiling);
  const amount = Math.max(0, Math.min(payableInAll, input.grant) - input.paidSoFar);
  return {
    lines,
    accepted,
    payableInAll,
    amount,
    toRecover: input.final ? Math.max(0, input.paidSoFar - accepted) : 0,
    ceilingApplied: accepted > ceiling,
  };
}
