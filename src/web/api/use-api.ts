/**
 * Data for a page, through the query cache: loaded on arrival, its request cancelled when the
 * page is left (a late answer for another page cannot win), shared with every other reader of
 * the same path, with the error if it failed. Writes refresh it through `useWrite`, which
 * invalidates the keys they change; `reload` is for the user's own "refresh" button.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { SHARED_FRESH_MS } from './query-client.ts';
import { freshnessOf, keyOf, type QueryKey } from './query-keys.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
}

function optionsFor<T>(path: string) {
  const queryKey: QueryKey = keyOf(path);
  const freshness = freshnessOf(queryKey);
  return {
    queryKey,
    // TanStack Query aborts the signal when no page needs the answer any more.
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(path, signal),
    ...(freshness === 'release' && { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY }),
    ...(freshness === 'shared' && { staleTime: SHARED_FRESH_MS, gcTime: 4 * SHARED_FRESH_MS }),
  };
}

export function useApi<T>(path: string | undefined): Loaded<T> {
  const query = useQuery({
    ...optionsFor<T>(path ?? ''),
    ...(path === undefined && { queryKey: ['none'] }),
    enabled: path !== undefined,
  });
  return {
    data: query.data,
    error: query.error ?? undefined,
    // As before the cache: loading while any request for the page runs, a reload included.
    loading: path !== undefined && (query.isPending || query.isFetching),
    reload: async () => {
      await query.refetch();
    },
  };
}

/** Several resources of one kind at once (one per call, say), each cached under its own path. */
export function useApiEach<T>(paths: readonly string[]): Loaded<T>[] {
  const queries = useQueries({ queries: paths.map((path) => optionsFor<T>(path)) });
  return queries.map((query) => ({
    data: query.data,
    error: query.error ?? undefined,
    loading: query.isPending || query.isFetching,
    reload: async () => {
      await query.refetch();
    },
  }));
}
