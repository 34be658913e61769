/**
 * Data for a page, through the query cache: loaded on arrival, its request cancelled when the
 * page is left (a late answer for another page cannot win), shared with every other reader of
 * the same path, reloadable, with the error if it failed.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { SHARED_FRESH_MS } from './query-client.ts';
import { isShared, keyOf } from './query-keys.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
}

export function useApi<T>(path: string | undefined): Loaded<T> {
  const key = path === undefined ? ['none'] : keyOf(path);
  const shared = isShared(key);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<T>(path!, signal),
    enabled: path !== undefined,
    ...(shared && { staleTime: SHARED_FRESH_MS, gcTime: 4 * SHARED_FRESH_MS }),
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
