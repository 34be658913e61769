/**
 * Grant preparation: the coordinator gives the bank account and confirms participants, account
 * and split; the officer sends it back, cancels it, or signs it. Signature needs a consortium
 * with no blocking finding: an error of the eligibility engine, or a restricted entity (Council
 * Implementing Decision (EU) 2022/2506), which has to be removed or replaced first. On signature
 * the pre-financing goes into the ledger.
 */

import { normaliseIban } from '../../engine/grant/iban.ts';
import { preFinancing } from '../../engine/grant/payments.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { canActForConsortium, canManageGrant } from '../policies/grant-policies.ts';
import { currentCheck } from './consortium-check.ts';
import { appendLedger, bumpVersion } from './load.ts';
import { grantStep } from './step.ts';

export async function saveBankAccount(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: { version: number; holder: string; iban: string },
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'edit-bank-account', who: 'coordinator', policy: canActForConsortium, version: body.version },
    async (tx, now, grant) => {
      const before = await tx
        .selectFrom('grant_bank_accounts')
        .select(['holder', 'iban'])
        .where('grant_id', '=', grantId)
        .executeTakeFirst();
      const row = {
        holder: body.holder,
        iban: normaliseIban(body.iban),
        updated_by: actor!.id,
        updated_at: now,
      };
      if (before)
        await tx.updateTable('grant_bank_accounts').set(row).where('grant_id', '=', grantId).execute();
      else
        await tx
          .insertInto('grant_bank_accounts')
          .values({ grant_id: grantId, ...row })
          .execute();
      await bumpVersion(tx, grant);
      return {
        result: { version: grant.version + 1 },
        before: before ?? null,
        after: { holder: row.holder, iban: row.iban },
      };
    },
  );
}

function blockedBy(findings: { rule: string; message: { en: string } }[], what: string): HttpError {
  return new HttpError(422, 'consortium-blocks', `${what}: ${findings.map((f) => f.message.en).join(' ')}`, {
    findings,
  });
}

export async function confirmPreparation(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  version: number,
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'confirm', who: 'coordinator', policy: canActForConsortium, version },
    async (tx, now, grant) => {
      const bank = await tx
        .selectFrom('grant_bank_accounts')
        .select('grant_id')
        .where('grant_id', '=', grantId)
        .executeTakeFirst();
      if (!bank)
        throw new HttpError(422, 'bank-account-missing', 'Give the bank account the payments go to first.', {
          problems: [{ field: 'bankAccount', expected: 'an IBAN and its holder', got: 'nothing' }],
        });
      const { check } = await currentCheck(deps, tx, grant);
      const errors = check.blocking.filter((f) => f.severity === 'error');
      if (errors.length > 0) throw blockedBy(errors, 'The consortium does not meet the call');
      await bumpVersion(tx, grant, { state: 'confirmed', confirmed_at: now });
      return {
        result: { version: grant.version + 1 },
        before: { state: grant.state },
        after: { state: 'confirmed' },
      };
    },
  );
}

/** An officer's step that only moves the grant to another state, with the reason in the audit trail. */
function officerMovesGrant(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: { version: number; reason: string },
  action: 'reopen' | 'cancel',
  to: { state: 'preparation'; confirmed_at: null } | { state: 'cancelled' },
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action, who: 'officer', policy: canManageGrant, version: body.version },
    async (tx, _now, grant) => {
      await bumpVersion(tx, grant, to);
      return {
        result: { version: grant.version + 1 },
        before: { state: grant.state },
        after: { state: to.state, reason: body.reason },
      };
    },
  );
}

/** Back to preparation: the coordinator's confirmation no longer stands. */
export function reopenPreparation(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: { version: number; reason: string },
) {
  return officerMovesGrant(deps, actor, grantId, body, 'reopen', {
    state: 'preparation',
    confirmed_at: null,
  });
}

export function cancelGrant(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  body: { version: number; reason: string },
) {
  return officerMovesGrant(deps, actor, grantId, body, 'cancel', { state: 'cancelled' });
}

export async function signGrant(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  version: number,
) {
  return grantStep(
    deps,
    actor,
    grantId,
    { action: 'sign', who: 'officer', policy: canManageGrant, version },
    async (tx, now, grant) => {
      const { ctx, check } = await currentCheck(deps, tx, grant);
      if (!check.ok)
        throw blockedBy(check.blocking, 'The grant agreement cannot be signed with this consortium');
      const pct = ctx.call.grant.preFinancingPercent;
      const amount = preFinancing(grant.amount, pct.value);
      await appendLedger(tx, {
        grantId,
        kind: 'pre-financing',
        period: null,
        amount,
        reason: `Pre-financing on signature: ${pct.value} % of the grant (${pct.definedAt}, ${pct.status}).`,
        by: actor!.id,
        at: now,
      });
      await bumpVersion(tx, grant, { state: 'signed', signed_at: now });
      return {
        result: { version: grant.version + 1, preFinancing: amount },
        before: { state: grant.state },
        after: { state: 'signed', preFinancing: amount },
      };
    },
  );
}
