/**
 * The words the sentences of the server's problems need: the reader's language and, for the
 * allowed values of a choice, their names (organisation types, countries, ecosystems from the
 * catalogue; roles and lots from the dictionary), loaded only when a problem lists values.
 */
import type { Problem } from '../../contracts/common.ts';
import type { Catalogue } from '../../engine/call-definition/types.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ProblemWords } from '../i18n/problems.ts';
import { quote } from '../i18n/quotes.ts';
import { LOT_LABEL, ROLE_LABEL } from './labels.ts';

export function useProblemWords(problems: readonly Problem[]): ProblemWords {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const needsNames = problems.some((p) => p.code === 'invalid_enum');
  // The same cached catalogue every page reads; nothing is asked while no problem lists values.
  const { data: catalogue } = useApi<Catalogue>(needsNames ? '/api/v1/catalogue' : undefined);
  const valueLabel = (value: string | number): string => {
    const v = String(value);
    const name =
      catalogue?.organisationTypes[v] ?? catalogue?.countries[v]?.name ?? catalogue?.ecosystems[v]?.name;
    if (name) return name[lang] ?? name.en;
    const key = ROLE_LABEL[v as keyof typeof ROLE_LABEL] ?? LOT_LABEL[v];
    return key ? t(key) : quote(v, lang);
  };
  return { ...i18n, valueLabel };
}
