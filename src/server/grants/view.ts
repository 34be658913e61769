/**
 * A grant as the people on it read it: names, not ids; amounts in whole euros; the bank account
 * in full to the coordinator's contacts (who may change it), masked to everyone else; the
 * eligibility engine's findings on the consortium as it stands; the ledger and the reports with
 * the payment each assessment gives; and the steps the reader may take now.
 */
import type { GrantList, GrantView } from '../../contracts/grants.ts';
import type { LotId } from '../../engine/call-definition/types.ts';
import { blocksGrant } from '../../engine/grant/consortium.ts';
import { maskIban } from '../../engine/grant/iban.ts';
import { splitFromCells } from '../../engine/grant/split.ts';
import { type GrantAction, grantMay } from '../../engine/grant/workflow.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { submittedProposalsById } from '../evaluation/submitted.ts';
import { enforce } from '../operations/write.ts';
import { isAgency } from '../policies/decision.ts';
import { canListGrants, canReadGrant, grantViewer } from '../policies/grant-policies.ts';
import { currentCheck } from './consortium-check.ts';
import {
  type GrantRow,
  grantWithFacts,
  ledgerEntries,
  participantNames,
  splitCells,
  workPackages,
} from './load.ts';
import { grantCandidates } from './open.ts';
import { assessmentsByPeriod, paymentFor } from './reports.ts';

const ACTIONS: readonly GrantAction[] = [
  'edit-consortium',
  'edit-bank-account',
  'confirm',
  'reopen',
  'sign',
  'cancel',
  'submit-report',
  'assess',
  'approve-payment',
  'amend',
];

export async function grantView(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
): Promise<GrantView> {
  const { grant, facts } = await grantWithFacts(deps.db, grantId, actor);
  enforce(canReadGrant(actor, facts));
  const viewer = grantViewer(actor, facts)!;
  const db = deps.db;
  const { ctx, participants, check } = await currentCheck(deps, db, grant);
  const split = splitFromCells(await splitCells(db, grant.id));
  const wps = await workPackages(db, grant.id);
  const bank = await db
    .selectFrom('grant_bank_accounts')
    .selectAll()
    .where('grant_id', '=', grant.id)
    .executeTakeFirst();
  const ledger = await ledgerEntries(db, grant.id);
  const paid = ledger.reduce((s, e) => s + e.amount, 0);
  const assessments = await assessmentsByPeriod(db, grant.id);
  const reportRows = await db
    .selectFrom('grant_reports')
    .leftJoin('accounts', 'accounts.id', 'grant_reports.submitted_by')
    .select([
      'grant_reports.period',
      'grant_reports.final',
      'grant_reports.summary',
      'grant_reports.state',
      'grant_reports.submitted_at',
      'accounts.name as submittedBy',
    ])
    .where('grant_reports.grant_id', '=', grant.id)
    .orderBy('grant_reports.period')
    .execute();
  const reports = [];
  for (const r of reportRows) {
    const payment =
      r.state === 'submitted' ? undefined : await paymentFor(deps, db, grant, r.period, r.final);
    const recorded = ledger.find((e) => e.period === r.period);
    reports.push({
      period: r.period,
      final: r.final,
      summary: r.summary,
      state: r.state,
      submittedBy: r.submittedBy ?? '',
      submittedAt: r.submitted_at.toISOString(),
      assessments: Object.entries(assessments.get(r.period) ?? {}).map(([workPackageId, a]) => ({
        workPackageId,
        status: a.status,
        percent: a.percent ?? null,
        comment: a.comment,
      })),
      // What was paid is what the ledger says, whatever a later change of rules would compute.
      payment: payment ? { ...payment, amount: recorded ? recorded.amount : payment.amount } : null,
    });
  }
  const names = await participantNames(db, grant.id);
  const amendments = await db
    .selectFrom('grant_amendments')
    .selectAll()
    .where('grant_id', '=', grant.id)
    .orderBy('decided_at')
    .execute();
  const nextPeriod =
    grant.state === 'signed' &&
    reportRows.length < grant.periods &&
    reportRows.every((r) => r.state === 'paid')
      ? reportRows.length + 1
      : null;
  const lot = ctx.call.lots[grant.lot as LotId];
  return {
    id: grant.id,
    proposalId: grant.proposal_id,
    acronym: ctx.content.acronym,
    title: ctx.content.title,
    callId: grant.call_id,
    lot: grant.lot,
    lotName: lot?.name.value ?? { en: grant.lot, da: grant.lot },
    state: grant.state,
    version: grant.version,
    amount: grant.amount,
    durationMonths: grant.duration_months,
    periods: grant.periods,
    openedAt: grant.opened_at.toISOString(),
    confirmedAt: grant.confirmed_at?.toISOString() ?? null,
    signedAt: grant.signed_at?.toISOString() ?? null,
    closedAt: grant.closed_at?.toISOString() ?? null,
    viewer: { role: viewer, actions: actionsFor(grant, viewer, nextPeriod !== null) },
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      type: p.type,
      role: p.role,
      pic: p.pic ?? null,
      restriction: p.restriction ?? null,
      share: split.byBeneficiary[p.id] ?? 0,
    })),
    workPackages: wps.map((w) => ({ ...w, share: split.byWorkPackage[w.id] ?? 0 })),
    split: split.cells.map((c) => ({
      participantId: c.beneficiaryId,
      workPackageId: c.workPackageId,
      amount: c.amount,
    })),
    bankAccount: bank
      ? {
          holder: bank.holder,
          iban: viewer === 'coordinator' ? bank.iban : maskIban(bank.iban),
          masked: viewer !== 'coordinator',
          updatedAt: bank.updated_at.toISOString(),
        }
      : null,
    findings: check.findings.map((finding) => ({ finding, blocking: blocksGrant(finding) })),
    schedule: {
      preFinancingPercent: ctx.call.grant.preFinancingPercent,
      interimCeilingPercent: ctx.call.grant.interimCeilingPercent,
      partialCompletion: ctx.call.grant.partialCompletion,
      reportingPeriods: ctx.call.grant.reportingPeriodsByDuration,
    },
    ledger: ledger.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      period: e.period,
      amount: e.amount,
      reason: e.reason,
      recordedBy: e.recordedBy ?? '',
      recordedAt: e.recorded_at.toISOString(),
    })),
    paid,
    remaining: grant.amount - paid,
    reports,
    nextPeriod,
    amendments: amendments.map((a) => ({
      kind: a.kind,
      participant: names.get(a.participant_id) ?? a.participant_id,
      replacedBy: a.replaced_by ? (names.get(a.replaced_by) ?? a.replaced_by) : null,
      reason: a.reason,
      decidedAt: a.decided_at.toISOString(),
    })),
  };
}

function actionsFor(
  grant: GrantRow,
  viewer: 'officer' | 'coordinator' | 'partner',
  reportDue: boolean,
): string[] {
  if (viewer === 'partner') return [];
  return ACTIONS.filter((a) => grantMay(grant.state, viewer, a)).filter(
    (a) => a !== 'submit-report' || reportDue,
  );
}

/** The grants the reader may see; agency staff also get the proposals waiting for one. */
export async function grantList(deps: ServerDeps, actor: Actor | undefined): Promise<GrantList> {
  enforce(canListGrants(actor));
  const agency = isAgency(actor);
  let query = deps.db
    .selectFrom('grants')
    .select([
      'grants.id',
      'grants.proposal_id',
      'grants.call_id',
      'grants.lot',
      'grants.state',
      'grants.amount',
    ])
    .orderBy('grants.opened_at');
  if (!agency)
    query = query.where('grants.proposal_id', 'in', (eb) =>
      eb.selectFrom('proposal_members').select('proposal_id').where('account_id', '=', actor!.id),
    );
  const rows = await query.execute();
  const candidates = agency ? await grantCandidates(deps, deps.db) : [];
  const proposals = await submittedProposalsById(deps.db, [
    ...rows.map((r) => r.proposal_id),
    ...candidates.map((c) => c.proposalId),
  ]);
  const paid = new Map<string, number>();
  for (const r of rows)
    paid.set(
      r.id,
      (await ledgerEntries(deps.db, r.id)).reduce((s, e) => s + e.amount, 0),
    );
  const coordinatorOf = (proposalId: string) =>
    proposals.get(proposalId)?.content.participants.find((p) => p.role === 'coordinator')?.organisation
      .legalName ?? '';
  return {
    grants: rows.map((r) => ({
      id: r.id,
      proposalId: r.proposal_id,
      acronym: proposals.get(r.proposal_id)?.content.acronym ?? r.proposal_id,
      callId: r.call_id,
      lot: r.lot,
      state: r.state,
      amount: r.amount,
      paid: paid.get(r.id) ?? 0,
      coordinator: coordinatorOf(r.proposal_id),
    })),
    candidates: candidates.map((c) => ({
      ...c,
      acronym: proposals.get(c.proposalId)?.content.acronym ?? c.proposalId,
      title: proposals.get(c.proposalId)?.content.title ?? '',
    })),
  };
}
