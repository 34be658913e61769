/**
 * The web app's cache of server data (TanStack Query). A page's data lives while the page shows
 * it and is fetched afresh when the page comes back (what the user saw last may be outdated by
 * another user's work); the lists every page shares (the calls, the catalogue) are kept for a
 * while. Errors show at once (no retries: a 403 or 404 will not change), and the window's focus
 * refetches nothing, so an open form is never replaced under the user.
 */
import { QueryClient } from '@tanstack/react-query';

/** How long the shared lists stay fresh; they change with a release or a new call. */
export const SHARED_FRESH_MS = 5 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, gcTime: 0, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}
