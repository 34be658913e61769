/** Part B's page limit: the pages over it are named, since the evaluators disregard them. */
import type { CallDefinition } from '../call-definition/types.ts';
import type { Finding } from '../eligibility/types.ts';
import { packageMessage } from './messages/index.ts';

export const PART_B_PAGE_LIMIT = 'package.part-b-page-limit';

/** "121–124", or "121" for one page over. */
export function pageRange(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

export function partBPageLimitFinding(pages: number, call: CallDefinition): Finding | undefined {
  const limit = call.submissionPackage.partBMaxPages;
  if (pages <= limit.value) return undefined;
  const params = { pages, limit: limit.value, over: pageRange(limit.value + 1, pages) };
  return {
    rule: PART_B_PAGE_LIMIT,
    messageKey: `${PART_B_PAGE_LIMIT}.failed`,
    message: packageMessage(`${PART_B_PAGE_LIMIT}.failed`, params),
    fixKey: `${PART_B_PAGE_LIMIT}.fix`,
    fix: packageMessage(`${PART_B_PAGE_LIMIT}.fix`, params),
    params,
    severity: 'error',
    basis: limit,
    facts: { ...params },
    field: 'files.part-b',
  };
}
