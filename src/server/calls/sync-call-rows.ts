/**
 * The call rows follow rules/: at every start each call year of the definitions is inserted or
 * updated (title, deadline, opening date), so a new year appears and a corrected date takes
 * effect without touching the database by hand. The demo calls keep their own rows.
 */
import type { Kysely } from 'kysely';
import type { RuleBook } from '../../engine/call-definition/types.ts';
import { callDeadline } from '../../engine/deadline/deadline.ts';
import { zonedTimeToEpochMs } from '../../engine/deadline/zoned-time.ts';
import type { Database } from '../db/schema.ts';

/** The row a call year's definition gives; `opens_at` is the opening day's midnight in Brussels. */
export function callRowOf(definitions: RuleBook, year: string) {
  const def = definitions.calls[year]!;
  const opens = def.call.opens?.value;
  return {
    title: `Alliances for Innovation ${year} (${def.call.identifier.value})`,
    title_da: `Alliancer for innovation ${year} (${def.call.identifier.value})`,
    deadline_at: new Date(callDeadline(def).epochMs),
    opens_at: opens ? new Date(zonedTimeToEpochMs(opens, '00:00', 'Europe/Brussels')) : null,
  };
}

export async function syncCallRows(db: Kysely<Database>, definitions: RuleBook, now: Date): Promise<void> {
  for (const year of Object.keys(definitions.calls).sort()) {
    const row = callRowOf(definitions, year);
    // One statement per year: several processes starting at once on one PostgreSQL write the same values.
    await db
      .insertInto('calls')
      .values({ id: year, definition_year: year, is_demo: false, created_at: now, ...row })
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({ ...row, definition_year: year })
          .where('calls.is_demo', '=', false),
      )
      .execute();
  }
}
