/** Brings a database to the newest schema. One list of migrations serves PGlite and PostgreSQL. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as platform from './migrations/0001-platform.ts';
import * as evaluation from './migrations/0002-evaluation.ts';
import * as callTitlesDa from './migrations/0003-call-titles-da.ts';
import * as throttleAndReset from './migrations/0004-sign-in-throttle-and-password-reset.ts';
import * as organisationRestrictions from './migrations/0005-organisation-restrictions.ts';
import * as accountLanguage from './migrations/0010-account-language.ts';

/** In order; never edit a migration that has shipped, add the next one. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-platform': platform,
  '0002-evaluation': evaluation,
  '0003-call-titles-da': callTitlesDa,
  '0004-sign-in-throttle-and-password-reset': throttleAndReset,
  '0005-organisation-restrictions': organisationRestrictions,
  '0010-account-language': accountLanguage,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  // Kysely's migrator takes a lock in the database, so several processes starting at once on one
  // PostgreSQL apply each migration exactly once.
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `migration ${failed?.migrationName ?? ''} failed: ${(error as Error | undefined)?.message ?? ''}`,
    );
  }
}
