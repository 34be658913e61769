/**
 * The one way the platform writes: a transaction that asks the policy, does the work, and
 * records who changed what, when (an audit entry with the diff of old and new values). Like
 * Indico's operations.py, but the current user is a parameter, never a global.
 */
import type { Kysely, Transaction } from 'kysely';
import { jsonDiff } from '../../engine/json-diff.ts';
import type { Actor } from '../auth/actor.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { runInTransaction } from '../db/transaction-guard.ts';
import { HttpError } from '../errors.ts';
import type { Decision } from '../policies/policies.ts';

export type Tx = Transaction<Database>;

export interface WriteDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface AuditTarget {
  /** What was done, as `<entity>.<verb>`: "proposal.create", "proposal.section.update". */
  action: string;
  entityType: string;
  entityId: string;
  proposalId?: string | null;
}

export interface WorkResult<T> {
  result: T;
  before: unknown;
  after: unknown;
  /** Set when the work decides the audit target itself (e.g. after creating an id). */
  target?: Partial<AuditTarget>;
}

export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new HttpError(decision.status, decision.code, decision.reason);
}

/** A decision with the facts it was made on, which the work then reads instead of loading them again. */
export interface Authorized<F> {
  decision: Decision;
  facts: F;
}

export function authorized<F>(facts: F, decision: Decision): Authorized<F> {
  return { decision, facts };
}

export async function write<T, F = undefined>(
  deps: WriteDeps,
  actor: Actor | undefined,
  target: AuditTarget,
  authorize: (tx: Tx, now: Date) => Promise<Decision | Authorized<F>> | Decision | Authorized<F>,
  work: (tx: Tx, now: Date, facts: F) => Promise<WorkResult<T>>,
): Promise<T> {
  return deps.db.transaction().execute((tx) =>
    runInTransaction(target.action, async () => {
      const now = deps.clock.now();
      const answer = await authorize(tx, now);
      const withFacts = 'decision' in answer ? answer : { decision: answer, facts: undefined as F };
      enforce(withFacts.decision);
      const outcome = await work(tx, now, withFacts.facts);
      const t = { ...target, ...outcome.target };
      await recordAudit(tx, actor, t, jsonDiff(outcome.before, outcome.after), now);
      return outcome.result;
    }),
  );
}

export async function recordAudit(
  tx: Tx | Kysely<Database>,
  actor: Actor | undefined,
  target: AuditTarget,
  changes: ReturnType<typeof jsonDiff>,
  at: Date,
): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      at,
      actor_id: actor?.id ?? null,
      actor_role: actor?.role ?? null,
      action: target.action,
      entity_type: target.entityType,
      entity_id: target.entityId,
      proposal_id: target.proposalId ?? null,
      diff: JSON.stringify({ changes }),
    })
    .execute();
}
