/**
 * The language of the interface: English or Danish, remembered in the browser, written to
 * <html lang> so screen readers pronounce it right. Every string comes from a typed dictionary.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang, Localised } from '../../engine/call-definition/types.ts';
import { locale } from '../../engine/i18n/format.ts';
import { da } from './da.ts';
import { type CountedKey, en, type MessageKey, type Messages } from './en.ts';
import { countedKey } from './plural.ts';
import { interpolate, type Params } from './translate.ts';

const hasMessage = (key: string): boolean => Object.hasOwn(en, key);

/** A count as the language writes it (1,500 / 1.500). */
const formatCount = (n: number, lang: Lang): string => n.toLocaleString(locale(lang));

const DICTIONARIES: Record<Lang, Messages> = { en, da };
const STORAGE_KEY = 'alliances.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  /** A message about `n` things in the form the language's plural rules choose, with {n} filled in. */
  tn(key: CountedKey, n: number, params?: Params): string;
  /** A value the engines or the API give in both languages. */
  pick(text: Localised): string;
}

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'da') return stored;
  } catch {
    // Storage may be blocked; fall back to the browser's language.
  }
  return navigator.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => interpolate(DICTIONARIES[lang][key], params),
      tn: (key, n, params) =>
        interpolate(DICTIONARIES[lang][countedKey(key, n, lang, hasMessage) as MessageKey], {
          n: formatCount(n, lang),
          ...params,
        }),
      pick: (text) => text[lang] ?? text.en,
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
