/**
 * A write through the query cache (TanStack Query's mutation): once the server accepts it, the
 * data it changes is invalidated, so every page showing that data fetches it again. This replaces
 * passing `reload` callbacks from the page that reads to the form that writes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from './query-keys.ts';

/** The keys a write changes: fixed, or read from what was written and what the server answered. */
export type Invalidates<V, R> = readonly QueryKey[] | ((variables: V, result: R) => readonly QueryKey[]);

export function useWrite<V, R>(write: (variables: V) => Promise<R>, invalidates: Invalidates<V, R>) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: write,
    onSuccess: async (result, variables) => {
      await refresh(typeof invalidates === 'function' ? invalidates(variables, result) : invalidates);
    },
  });
}

/**
 * Marks data as outdated, so the pages showing it fetch it again (and wait for it): after a
 * write, or when the user chooses the saved version over their own.
 */
export function useRefresh(): (keys: readonly QueryKey[]) => Promise<void> {
  const queryClient = useQueryClient();
  return async (keys) => {
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}
