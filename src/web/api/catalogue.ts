/**
 * The catalogue (countries, organisation types, ecosystems with their names in both languages)
 * and the call definitions change only with a new release: read through the query cache, where
 * they stay fresh for the whole session, so every page after the first finds them there.
 */
import type { CallDefinition, Catalogue, Lang } from '../../engine/call-definition/types.ts';
import { type Loaded, useApi } from './use-api.ts';

export const useCatalogue = (): Loaded<Catalogue> => useApi<Catalogue>('/api/v1/catalogue');

/** A call's definition; nothing is asked while the call is not known yet. */
export const useCallDefinition = (callId: string | undefined): Loaded<CallDefinition> =>
  useApi<CallDefinition>(callId === undefined ? undefined : `/api/v1/calls/${encodeURIComponent(callId)}`);

/** Choices for a <select>, sorted by their name in the reader's language. */
export function sortedOptions(names: Record<string, Record<Lang, string>>, lang: Lang) {
  return Object.entries(names)
    .map(([value, name]) => ({ value, label: name[lang] ?? name.en }))
    .sort((a, b) => a.label.localeCompare(b.label, lang === 'da' ? 'da' : 'en'));
}

export function countryNames(catalogue: Catalogue): Record<string, Record<Lang, string>> {
  return Object.fromEntries(Object.values(catalogue.countries).map((c) => [c.code, c.name]));
}
