/**
 * The chair's flags' words, apart from the flags' logic (../flags.ts): a flag names a key and
 * hands over what it saw; ./en.ts and ./da.ts write the sentence, only when it is read.
 */
import type { Localised } from '../../call-definition/types.ts';
import { type Catalogues, localisedMessage } from '../../i18n/catalogue.ts';
import { da } from './da.ts';
import { en, type FlagMessageKey } from './en.ts';

export type { FlagMessageKey } from './en.ts';
export type { CriterionName } from './params.ts';

import type { OpenFlags } from './params.ts';

export const FLAG_MESSAGES: Catalogues<typeof en> = { en, da };

/** A flag's sentence by key, with the facts the key's sentence needs. */
export function flagMessage<K extends FlagMessageKey>(
  key: K,
  params: Parameters<(typeof en)[K]>[0],
): Localised {
  return localisedMessage(FLAG_MESSAGES, key, params);
}

/** Why the consensus cannot be agreed yet: each open flag by its kind, its criterion and, for a comment, the expert. */
export const openFlagsMessage = (open: OpenFlags['open']): Localised => flagMessage('flags.open', { open });
