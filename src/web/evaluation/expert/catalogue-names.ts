/** Country, organisation type and ecosystem names in the reader's language, from the catalogue. */
import { useCatalogue } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function useCatalogueNames() {
  const { lang } = useI18n();
  const { data } = useCatalogue();
  const named = (name: Record<string, string> | undefined, code: string) =>
    name ? (name[lang] ?? name.en ?? code) : code;
  return {
    country: (code: string) => {
      const name = data?.countries[code]?.name;
      return name ? `${named(name, code)} (${code})` : code;
    },
    organisationType: (type: string) => named(data?.organisationTypes[type], type),
    ecosystem: (id: string) => named(data?.ecosystems[id]?.name, id),
  };
}
