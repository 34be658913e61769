/**
 * The sections a save or a submission read last, kept per server process so that their data is
 * not sent, parsed and rebuilt again on every save (a proposal has some thirty sections; a save
 * changes one). What is kept is keyed by the row version that PostgreSQL stored it in
 * (`xmin:ctid`: the transaction that wrote the row and where the row sits, together unique to
 * one version of one row): the query sends the keys it has, and the database sends the data
 * only of the sections whose row version differs. So the cache can never answer with data that
 * is not the database's: a row written since, by this process or another, or by a transaction
 * that was rolled back, is another row version, and its data comes from the database.
 *
 * The data is frozen: the engines and the handlers read it and never change it in place.
 */
import type { SectionState } from './repository.ts';

/** Proposals kept at most; the one read longest ago goes first (a Map keeps insertion order). */
const MAX_PROPOSALS = 2000;

export interface CachedSection extends SectionState {
  rowVersion: string;
}

const cache = new Map<string, Map<string, CachedSection>>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The row versions this process holds for a proposal's sections, by key (sent with the query). */
export function knownRowVersions(proposalId: string): Record<string, string> {
  const sections = cache.get(proposalId);
  const known: Record<string, string> = {};
  if (sections) for (const [key, s] of sections) known[key] = s.rowVersion;
  return known;
}

/** A section's state: the data from the database when it sent some, otherwise the kept data. */
export function sectionFromRow(
  proposalId: string,
  row: {
    key: string;
    row_version: string;
    kept: boolean;
    version: number;
    data: unknown;
    updated_at: Date;
    updated_by: string;
  },
): SectionState {
  if (row.kept) {
    const kept = cache.get(proposalId)?.get(row.key);
    // Sent without data means the database saw the same row version as the one kept.
    if (kept && kept.rowVersion === row.row_version) return kept;
    throw new Error(`The section "${row.key}" came without its data and is not kept by this process.`);
  }
  return {
    version: row.version,
    data: deepFreeze(row.data),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Keeps what a query read: every section of the proposal as the database has it now. */
export function keepSections(
  proposalId: string,
  rows: { key: string; row_version: string }[],
  read: Map<string, SectionState>,
): void {
  const sections = new Map<string, CachedSection>();
  for (const r of rows) sections.set(r.key, { ...read.get(r.key)!, rowVersion: r.row_version });
  cache.delete(proposalId);
  cache.set(proposalId, sections);
  if (cache.size > MAX_PROPOSALS) cache.delete(cache.keys().next().value!);
}
