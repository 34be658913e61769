/**
 * A write through the query cache (TanStack Query's mutation): once the server accepts it, the
 * data it changes is invalidated, so every page showing that data fetches it again. This replaces
 * passing `reload` callbacks from the page that reads to the form that writes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from './query-keys.ts';

export function useWrite<V, R>(write: (variables: V) => Promise<R>, invalidates: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
