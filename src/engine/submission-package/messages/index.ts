/**
 * The submission package's words, apart from its checks: a check names a key and hands over
 * what it found; ./en.ts and ./da.ts write the sentence, only when it is read.
 */
import type { Localised } from '../../call-definition/types.ts';
import { type Catalogues, localisedMessage, type ParamsOf } from '../../i18n/catalogue.ts';
import { da } from './da.ts';
import { en, type PackageMessageKey } from './en.ts';

export type { PackageMessageKey } from './en.ts';

export const PACKAGE_MESSAGES: Catalogues<typeof en> = { en, da };

export type PackageParams<K extends PackageMessageKey> = ParamsOf<typeof en, K>;

/** The sentence of a key in both languages, written when first read. */
export function packageMessage<K extends PackageMessageKey>(key: K, params: PackageParams<K>): Localised {
  return localisedMessage(PACKAGE_MESSAGES, key, params);
}
