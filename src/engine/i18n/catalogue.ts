/**
 * Message catalogues: per language, a map from a message key to a function of the message's
 * facts. An engine decides which key applies and with which facts; the words live only in its
 * catalogues, so the logic never carries a sentence and a translator edits one file per language.
 */
import type { Lang, Localised } from '../call-definition/types.ts';

/** One language's wording: every key renders its sentence from one object of facts. */
export type Catalogue = Record<string, (params: never) => string>;

/**
 * Another language's catalogue for the same keys with the same facts: type a translation as
 * `Translation<typeof en>` and the compiler refuses a missing key or a key with other facts.
 */
export type Translation<C extends Catalogue> = { readonly [K in keyof C]: C[K] };

/** The facts a key's sentence needs; `{}` for a sentence without any. */
export type ParamsOf<C extends Catalogue, K extends keyof C> =
  Parameters<C[K]> extends [infer P, ...unknown[]] ? P : Record<never, never>;

/** The catalogue of each language, the same keys in each. */
export type Catalogues<C extends Catalogue> = { readonly en: C; readonly da: Translation<C> };

function render(catalogues: Catalogues<Catalogue>, key: string, params: unknown, lang: Lang): string {
  const sentence = catalogues[lang][key] as ((p: unknown) => string) | undefined;
  if (!sentence) throw new RangeError(`no ${lang} wording for the message key ${key}`);
  return sentence(params);
}

/**
 * The sentence of a key in every language, each written only when first read: a check runs on
 * every keystroke and most of its findings are shown in one language, if at all. The getters are
 * enumerable own properties, so JSON, structuredClone and a spread read the text like plain data.
 */
export function localisedMessage(catalogues: Catalogues<Catalogue>, key: string, params: unknown): Localised {
  let en: string | undefined;
  let da: string | undefined;
  return {
    get en() {
      en ??= render(catalogues, key, params, 'en');
      return en;
    },
    get da() {
      da ??= render(catalogues, key, params, 'da');
      return da;
    },
  };
}
