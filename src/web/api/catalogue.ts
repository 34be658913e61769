/**
 * The catalogue (countries, organisation types, ecosystems with their names in both languages)
 * and call definitions change only with a new release: fetched once per page load and shared.
 */
import { useEffect, useState } from 'react';
import type { CallDefinition, Catalogue, Lang } from '../../engine/call-definition/types.ts';
import { api } from './client.ts';

const cache = new Map<string, Promise<unknown>>();

function once<T>(path: string): Promise<T> {
  let promise = cache.get(path) as Promise<T> | undefined;
  if (!promise) {
    promise = api.get<T>(path);
    // A failure is not remembered: the next page asks again.
    promise.catch(() => cache.delete(path));
    cache.set(path, promise);
  }
  return promise;
}

export const loadCatalogue = () => once<Catalogue>('/api/v1/catalogue');
export const loadCall = (callId: string) =>
  once<CallDefinition>(`/api/v1/calls/${encodeURIComponent(callId)}`);

export function useOnce<T>(load: () => Promise<T>, key: string): { data?: T; error?: unknown } {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` loads.
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** Choices for a <select>, sorted by their name in the reader's language. */
export function sortedOptions(names: Record<string, Record<Lang, string>>, lang: Lang) {
  return Object.entries(names)
    .map(([value, name]) => ({ value, label: name[lang] ?? name.en }))
    .sort((a, b) => a.label.localeCompare(b.label, lang === 'da' ? 'da' : 'en'));
}

export function countryNames(catalogue: Catalogue): Record<string, Record<Lang, string>> {
  return Object.fromEntries(Object.values(catalogue.countries).map((c) => [c.code, c.name]));
}
