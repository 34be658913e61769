/**
 * Which form of a counted message to use, by the language's own plural rules (Intl.PluralRules),
 * not by "n === 1": a message has its singular under "<key>.one" and its other form under the key.
 */
import type { Lang } from '../../engine/call-definition/types.ts';
import { locale } from '../../engine/i18n/format.ts';

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(locale(lang));
    rules.set(lang, r);
  }
  return r.select(n);
}

/** The key of the form for `n`: "<key>.one" where the language says "one" and that form exists. */
export function countedKey<K extends string>(
  key: K,
  n: number,
  lang: Lang,
  has: (key: string) => boolean,
): string {
  const category = pluralCategory(lang, n);
  const form = `${key}.${category}`;
  return category !== 'other' && has(form) ? form : key;
}
