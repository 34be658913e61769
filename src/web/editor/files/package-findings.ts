/**
 * The submission package's findings for the editor's verdict: read from the proposal's file list
 * (the same cached query the Files tab shows), so a missing Part B or letter of mandate counts in
 * the review and the panel before the server would refuse the submission on it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import type { fileList } from '../../../contracts/proposal-files.ts';
import type { Finding } from '../../../engine/eligibility/types.ts';
import { keyOf } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';

type FileList = z.infer<typeof fileList>;

const NONE: Finding[] = [];

export function filesPath(proposalId: string): string {
  return `/api/v1/proposals/${encodeURIComponent(proposalId)}/files`;
}

export function usePackageFindings(proposalId: string): {
  findings: readonly Finding[];
  /** A saved budget changes what the budget table is compared with: read the findings again. */
  refresh(): void;
} {
  const path = filesPath(proposalId);
  const files = useApi<FileList>(path);
  const queryClient = useQueryClient();
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: keyOf(path) });
  }, [queryClient, path]);
  // A reader without the file list (an error) sees the engines' findings alone, as before.
  const findings = useMemo(() => (files.data?.findings as Finding[] | undefined) ?? NONE, [files.data]);
  return { findings, refresh };
}
