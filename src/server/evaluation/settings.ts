/** How a call is evaluated: experts per proposal, the country rule, the chair's flag thresholds. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Tx } from '../operations/write.ts';

export interface EvaluationSettings {
  callId: string;
  expertsPerProposal: number;
  /** Also keep experts off proposals coordinated from their own country. */
  countryConflict: boolean;
  /** Flag a criterion when the experts' scores differ by more than this. */
  spreadPoints: number;
  /** Flag a consensus score this close to a threshold. */
  nearThresholdPoints: number;
  version: number;
}

/** Three experts per proposal, as in typical EACEA practice; 5 points is a fifth of a 25-point criterion. */
export const DEFAULT_SETTINGS = {
  expertsPerProposal: 3,
  countryConflict: false,
  spreadPoints: 5,
  nearThresholdPoints: 1,
};

export async function evaluationSettings(
  db: Kysely<Database> | Tx,
  callId: string,
): Promise<EvaluationSettings> {
  const row = await db
    .selectFrom('evaluation_settings')
    .selectAll()
    .where('call_id', '=', callId)
    .executeTakeFirst();
  if (!row) return { callId, ...DEFAULT_SETTINGS, version: 0 };
  return {
    callId,
    expertsPerProposal: row.experts_per_proposal,
    countryConflict: row.country_conflict,
    spreadPoints: row.spread_points,
    nearThresholdPoints: row.near_threshold_points,
    version: row.version,
  };
}
