/** Data for a page: loaded on arrival, reloadable, with the error if it failed. */
import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
}

export function useApi<T>(path: string | undefined): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(path !== undefined);
  const load = useCallback(async () => {
    if (path === undefined) return;
    setLoading(true);
    try {
      setData(await api.get<T>(path));
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [path]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, loading, reload: load };
}
