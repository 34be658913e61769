/**
 * One step of a grant through the one write path: the grant row locked, the policy asked, the
 * version the person read compared, and the workflow table asked whether the state allows it.
 */
import { type GrantAction, grantMay } from '../../engine/grant/workflow.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { authorized, type Tx, type WorkResult, write } from '../operations/write.ts';
import type { Decision } from '../policies/decision.ts';
import type { GrantFacts } from '../policies/grant-policies.ts';
import { assertVersion, type GrantRow, grantWithFacts } from './load.ts';

export interface GrantStep {
  action: GrantAction;
  who: 'officer' | 'coordinator';
  policy: (actor: Actor | undefined, facts: GrantFacts) => Decision;
  /** The version the person read; undefined where the step needs none. */
  version?: number;
}

export function assertState(grant: GrantRow, who: 'officer' | 'coordinator', action: GrantAction): void {
  if (!grantMay(grant.state, who, action))
    throw new HttpError(
      409,
      'wrong-state',
      `The grant is in the state "${grant.state}": this step is not possible now.`,
      {
        state: grant.state,
      },
    );
}

export function grantStep<T>(
  deps: ServerDeps,
  actor: Actor | undefined,
  grantId: string,
  step: GrantStep,
  work: (tx: Tx, now: Date, grant: GrantRow) => Promise<WorkResult<T>>,
): Promise<T> {
  return write(
    deps,
    actor,
    { action: `grant.${step.action}`, entityType: 'grant', entityId: grantId, proposalId: grantId },
    async (tx) => {
      const { grant, facts } = await grantWithFacts(tx, grantId, actor, 'update');
      return authorized(grant, step.policy(actor, facts));
    },
    async (tx, now, grant) => {
      if (step.version !== undefined) assertVersion(grant, step.version);
      assertState(grant, step.who, step.action);
      return work(tx, now, grant);
    },
  );
}
