/** Brings a database to the newest schema. One list of migrations serves PGlite and PostgreSQL. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as platform from './migrations/0001-platform.ts';
import * as evaluation from './migrations/0002-evaluation.ts';
import * as callTitlesDa from './migrations/0003-call-titles-da.ts';
import * as throttleAndReset from './migrations/0004-sign-in-throttle-and-password-reset.ts';
import * as organisationRestrictions from './migrations/0005-organisation-restrictions.ts';
import * as chairFlagResolutions from './migrations/0006-chair-flag-resolutions.ts';
import * as editingPresence from './migrations/0007-editing-presence.ts';
import * as proposalFiles from './migrations/0008-proposal-files.ts';
import * as grants from './migrations/0009-grants.ts';
import * as accountLanguage from './migrations/0010-account-language.ts';
import * as partA from './migrations/0011-part-a.ts';

/** In order; never edit a migration that has shipped, add the next one. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-platform': platform,
  '0002-evaluation': evaluation,
  '0003-call-titles-da': callTitlesDa,
  '0004-sign-in-throttle-and-password-reset': throttleAndReset,
  '0005-organisation-restrictions': organisationRestrictions,
  '0007-editing-presence': editingPresence,
  '0008-proposal-files': proposalFiles,
  '0009-grants': grants,
  '0006-chair-flag-resolutions': chairFlagResolutions,
  '0010-account-language': accountLanguage,
  '0011-part-a': partA,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  // Numbers are handed out to parallel work, so a database may have run 0010 before 0006 exists:
  // unordered migrations are applied rather than refused.
  // Kysely's migrator takes a lock in the database, so several processes starting at once on one
  // PostgreSQL apply each migration exactly once.
  // Numbers are reserved per feature, so a database may have run 0010 before 0009 exists:
  // a pending migration numbered below an executed one still runs.
  const { error, results } = await new Migrator({
    db,
    provider,
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `migration ${failed?.migrationName ?? ''} failed: ${(error as Error | undefined)?.message ?? ''}`,
    );
  }
}
