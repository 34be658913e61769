/**
 * A Danish title beside each call's title: the web app speaks English and Danish, and a call's
 * name is the first thing an applicant reads. Null where nobody has written one (the English
 * title is shown then).
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(db, 'alter table calls add column title_da text;');
}
