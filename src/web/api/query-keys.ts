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
  callEvaluation: (callId: string): QueryKey => ['evaluation', 'calls', callId],
  experts: (): QueryKey => ['evaluation', 'experts'],
  myAssignments: (): QueryKey => ['evaluation', 'my-assignments'],
  expertProposal: (id: string): QueryKey => ['evaluation', 'proposals', id],
  admin: (): QueryKey => ['admin'],
  adminAccounts: (): QueryKey => ['admin', 'accounts'],
};

/** The lists every page shares, kept fresh for a while instead of fetched by every page. */
export function isShared(key: QueryKey): boolean {
  return key.length === 1 && (key[0] === 'calls' || key[0] === 'catalogue');
}
