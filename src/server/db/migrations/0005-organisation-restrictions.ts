/**
 * A restriction flag on an organisation of the registry, set by agency staff: from 16 December
 * 2022 an organisation maintained by a Hungarian public-interest trust may apply, but no grant
 * agreement can be signed with it. Null for every other organisation. The eligibility engine
 * reads it from the proposal input and warns (participant.restricted-entity).
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `alter table organisations add column restriction text
       check (restriction is null or restriction in ('hu-public-interest-trust'));`,
  );
}
