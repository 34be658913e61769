/** The proposal form's words, apart from its rules: keys and facts in, sentences from ./en.ts and ./da.ts. */
import type { Localised } from '../../call-definition/types.ts';
import { type Catalogues, localisedMessage, type ParamsOf } from '../../i18n/catalogue.ts';
import { da } from './da.ts';
import { en, type FormMessageKey } from './en.ts';

export type { FormMessageKey } from './en.ts';

export const FORM_MESSAGES: Catalogues<typeof en> = { en, da };

export type FormParams<K extends FormMessageKey> = ParamsOf<typeof en, K>;

/** The sentence of a key in both languages, written when first read. */
export function formMessage(key: FormMessageKey, params: unknown): Localised {
  return localisedMessage(FORM_MESSAGES, key, params);
}
