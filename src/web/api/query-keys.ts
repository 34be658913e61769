/**
 * Query keys per resource: an API path's segments, so that invalidating a prefix (a call's
 * evaluation, one proposal) refreshes everything read under it.
 */

export type QueryKey = readonly string[];

/** `/api/v1/evaluation/calls/x/progress` → ['evaluation', 'calls', 'x', 'progress']. */
export function keyOf(path: string): QueryKey {
  return path
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
}

export const queryKeys = {
  calls: (): QueryKey => ['calls'],
  catalogue: (): QueryKey => ['catalogue'],
  proposals: (): QueryKey => ['proposals'],
  proposal: (id: string): QueryKey => ['proposals', id],
  invitations: (proposalId: string): QueryKey => ['proposals', proposalId, 'invitations'],
  callEvaluations: (): QueryKey => ['evaluation', 'calls'],
  callEvaluation: (callId: string): QueryKey => ['evaluation', 'calls', callId],
  experts: (): QueryKey => ['evaluation', 'experts'],
  myAssignments: (): QueryKey => ['evaluation', 'my-assignments'],
  expertProposal: (id: string): QueryKey => ['evaluation', 'proposals', id],
  organisations: (): QueryKey => ['organisations'],
  admin: (): QueryKey => ['admin'],
  adminAccounts: (): QueryKey => ['admin', 'accounts'],
};

/**
 * How long data stays fresh by what it is: the catalogue and a call's definition change only
 * with a release (fresh for the session); the list of calls with a new call (shared by every
 * page for a while); everything else is a page's own data, fetched afresh on each visit.
 */
export type Freshness = 'release' | 'shared' | 'page';

export function freshnessOf(key: QueryKey): Freshness {
  if (key.length === 1 && key[0] === 'catalogue') return 'release';
  if (key.length === 2 && key[0] === 'calls') return 'release';
  if (key.length === 1 && key[0] === 'calls') return 'shared';
  return 'page';
}
