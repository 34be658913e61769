/**
 * Reports and payments. The coordinator reports on each period in turn (the last one is the final
 * report); the officer assesses every work package as completed, partially completed or not
 * completed; approving the payment puts the computed amount into the ledger (src/engine/grant/
 * payments.ts: the completed shares less what was paid, within the interim ceiling and never
 * above the grant). The final payment closes the grant.
 */
import {
  type PaymentResult,
  periodPayment,
  standingAfter,
  type WorkPackageAssessment,
} from '../../engine/grant/payments.ts';
import { splitFromCells } from '../../engine/grant/split.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, HttpError, notFound } from '../errors.ts';
import type { Tx } from '../operations/write.ts';
import { canActForConsortium, canManageGrant } from '../policies/grant-policies.ts';
import { grantContext } from './consortium-check.ts';
import { appendLedger, bumpVersion, type GrantRow, ledgerEntries, splitCells, workPackages } from './load.ts';
import { grantStep } from './step.ts';

type Db = ServerDeps['db'] | Tx;

/** Each assessed report's work-package assessments, by period. */
export async function assessmentsByPeriod(db: Db, grantId: string) {
  const rows = await db
    .selectFrom('grant_assessments')
    .selectAll()
    .where('grant_id', '=', grantId)
    .orderBy('period')
    .orderBy('work_package_id')
    .execute();
  const out = new Map<number, Record<string, WorkPackageAssessment & { comment: string }>>();
  for (const r of rows) {
    const report = out.get(r.period) ?? {};
    report[r.work_package_id] = { status: r.status, percent: r.percent ?? undefined, comment: r.comment };
    out.set(r.period, report);
  }
  return out;
}

/** The payment a report's assessment gives, with what was paid before it. */
export async function paymentFor(
  deps: ServerDeps,
  db: Db,
  grant: GrantRow,
  period: number,
  final: boolean,
): Promise<(PaymentResult & { paidBefore: number }) | undefined> {
  const byPeriod = await assessmentsByPeriod(db, grant.id);
  const current = byPeriod.get(period);
  if (!current) return undefined;
  const earlier = [...byPeriod.entries()].filter(([p]) => p < period).map(([, a]) => a);
  const ledger = await ledgerEntries(db, grant.id);
  const paidBefore = ledger
    .filter((e) => e.period === null || e.period < period)
    .reduce((s, e) => s + e.amount, 0);
  const { call } = await grantContext(deps, db, grant);
  const split = splitFromCells(await splitCells(db, grant.id));
  const shares: Record<string, number> = {};
  for (const wp of await workPackages(db, grant.id)) shares[wp.id] = split.byWorkPackage[wp.id] ?? 0;
  const result = periodPayment({
    grant: grant.amount,
    shares,
    standing: standingAfter(earlier, current),
    final,
    paidSoFar: paidBefore,
    interimCeilingPercent: call.grant.interimCeilingPercent.value,
    partialCompletion: call.grant.partialCompletion.value,
  });
  return { ...result, paidBefore };
}

async function loadReport(db: Db, grantId: string, period: number) {
  const report = await db
    .selectFrom('grant_reports')
    .selectAll()
    .where('grant_id', '=', grantId)
    .where('period', '=', period)
    .executeTakeFirst();
  if (!report) throw notFound('The report');
  return report;
}

export async function submitReport(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: { version: number; summary: string },
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'submit-report', who: 'coordinator', policy: canActForConsortium, version: body.version },
    async (tx, now, grant) => {
      const reports = await tx
        .selectFrom('grant_reports')
        .select(['period', 'state'])
        .where('grant_id', '=', grantId)
        .orderBy('period')
        .execute();
      const last = reports.at(-1);
      if (last && last.state !== 'paid')
        throw new HttpError(
          409,
          'report-pending',
          `The report for period ${last.period} is still being assessed.`,
          {
            period: last.period,
          },
        );
      const period = reports.length + 1;
      if (period > grant.periods)
        throw new HttpError(409, 'reports-complete', 'Every report of the grant is in.', {});
      const final = period === grant.periods;
      await tx
        .insertInto('grant_reports')
        .values({
          grant_id: grantId,
          period,
          final,
          summary: body.summary,
          state: 'submitted',
          submitted_by: actor!.id,
          submitted_at: now,
          assessed_by: null,
          assessed_at: null,
        })
        .execute();
      await bumpVersion(tx, grant);
      return {
        result: { version: grant.version + 1, period, final },
        before: null,
        after: { period, final, summary: body.summary },
        target: { entityType: 'grant-report', entityId: `${grantId}/${period}` },
      };
    },
  );
}

export async function assessReport(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  period: number,
  body: {
    version: number;
    workPackages: Record<
      string,
      { status: WorkPackageAssessment['status']; percent?: number | undefined; comment: string }
    >;
  },
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'assess', who: 'officer', policy: canManageGrant, version: body.version },
    async (tx, now, grant) => {
      const report = await loadReport(tx, grantId, period);
      if (report.state === 'paid')
        throw new HttpError(
          409,
          'report-paid',
          'The payment for this report is made: its assessment is final.',
          {},
        );
      const wps = await workPackages(tx, grantId);
      const earlier = [...(await assessmentsByPeriod(tx, grantId)).entries()].filter(([p]) => p < period);
      const completedBefore = new Set(
        earlier.flatMap(([, a]) =>
          Object.entries(a)
            .filter(([, x]) => x.status === 'completed')
            .map(([wp]) => wp),
        ),
      );
      const problems = [];
      for (const wp of wps) {
        const a = body.workPackages[wp.id];
        if (!a)
          problems.push({
            field: `workPackages.${wp.id}`,
            expected: `an assessment of WP${wp.number} ${wp.title}`,
            got: 'nothing',
          });
        else if (completedBefore.has(wp.id) && a.status !== 'completed')
          problems.push({
            field: `workPackages.${wp.id}.status`,
            expected: `completed: WP${wp.number} was assessed as completed in an earlier report`,
            got: a.status,
          });
        else if (a.status === 'partially-completed' && !report.final)
          problems.push({
            field: `workPackages.${wp.id}.status`,
            expected: 'completed or not-completed: partial completion is assessed at the final report only',
            got: a.status,
          });
      }
      for (const id of Object.keys(body.workPackages))
        if (!wps.some((w) => w.id === id))
          problems.push({ field: `workPackages.${id}`, expected: 'a work package of the grant', got: id });
      if (problems.length > 0) throw badRequest(problems);
      const before = (await assessmentsByPeriod(tx, grantId)).get(period) ?? null;
      await tx
        .deleteFrom('grant_assessments')
        .where('grant_id', '=', grantId)
        .where('period', '=', period)
        .execute();
      await tx
        .insertInto('grant_assessments')
        .values(
          wps.map((wp) => {
            const a = body.workPackages[wp.id]!;
            return {
              grant_id: grantId,
              period,
              work_package_id: wp.id,
              status: a.status,
              percent: a.status === 'partially-completed' ? (a.percent ?? null) : null,
              comment: a.comment,
            };
          }),
        )
        .execute();
      await tx
        .updateTable('grant_reports')
        .set({ state: 'assessed', assessed_by: actor!.id, assessed_at: now })
        .where('grant_id', '=', grantId)
        .where('period', '=', period)
        .execute();
      await bumpVersion(tx, grant);
      const payment = await paymentFor(deps, tx, grant, period, report.final);
      return {
        result: { version: grant.version + 1, payment: payment! },
        before,
        after: body.workPackages,
        target: { entityType: 'grant-report', entityId: `${grantId}/${period}` },
      };
    },
  );
}

export async function approvePayment(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  period: number,
  version: number,
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'approve-payment', who: 'officer', policy: canManageGrant, version },
    async (tx, now, grant) => {
      const report = await loadReport(tx, grantId, period);
      if (report.state !== 'assessed')
        throw new HttpError(
          409,
          report.state === 'paid' ? 'report-paid' : 'not-assessed',
          report.state === 'paid'
            ? 'The payment for this report is made already.'
            : 'Assess every work package of the report first.',
          {},
        );
      const payment = (await paymentFor(deps, tx, grant, period, report.final))!;
      const completed = payment.lines.filter((l) => l.accepted > 0).length;
      await appendLedger(tx, {
        grantId,
        kind: report.final ? 'final' : 'interim',
        period,
        amount: payment.amount,
        reason: `${report.final ? 'Final' : 'Interim'} payment for period ${period}: ${completed} of ${payment.lines.length} work packages accepted, ${payment.accepted} EUR of shares, less ${payment.paidBefore} EUR paid${payment.ceilingApplied ? ', within the interim ceiling' : ''}.`,
        by: actor!.id,
        at: now,
      });
      await tx
        .updateTable('grant_reports')
        .set({ state: 'paid' })
        .where('grant_id', '=', grantId)
        .where('period', '=', period)
        .execute();
      await bumpVersion(tx, grant, report.final ? { state: 'closed', closed_at: now } : {});
      return {
        result: { version: grant.version + 1, amount: payment.amount },
        before: { paid: payment.paidBefore, state: grant.state },
        after: { paid: payment.paidBefore + payment.amount, state: report.final ? 'closed' : grant.state },
        target: { entityType: 'grant-report', entityId: `${grantId}/${period}` },
      };
    },
  );
}
