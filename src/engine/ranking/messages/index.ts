/**
 * The ranking's words, apart from its logic: the ranking names a key and hands over the facts;
 * the catalogues of ./en.ts and ./da.ts write the sentence, only when it is read.
 */
import type { Localised } from '../../call-definition/types.ts';
import { type Catalogues, localisedMessage, type ParamsOf } from '../../i18n/catalogue.ts';
import { da } from './da.ts';
import { en, type RankingMessageKey } from './en.ts';

export type { RankingMessageKey } from './en.ts';
export { lotLabel, points } from './scores.ts';

export const RANKING_MESSAGES: Catalogues<typeof en> = { en, da };

/** A ranking's sentence by key, with the facts the key's sentence needs. */
export function rankingMessage<K extends RankingMessageKey>(
  key: K,
  ...params: Parameters<(typeof en)[K]>
): Localised {
  return localisedMessage(RANKING_MESSAGES, key, params[0] as ParamsOf<typeof en, K>);
}
