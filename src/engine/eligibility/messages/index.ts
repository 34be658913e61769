/**
 * The eligibility rules' words, apart from their logic: a rule names a message key and hands
 * over the facts; the catalogues of ./en.ts and ./da.ts write the sentence, only when it is read.
 */
import type { Localised } from '../../call-definition/types.ts';
import { type Catalogues, localisedMessage, type ParamsOf } from '../../i18n/catalogue.ts';
import { da } from './da.ts';
import { type EligibilityMessageKey, en } from './en.ts';

export type { EligibilityMessageKey } from './en.ts';

export const ELIGIBILITY_MESSAGES: Catalogues<typeof en> = { en, da };

export type EligibilityParams<K extends EligibilityMessageKey> = ParamsOf<typeof en, K>;

/** A key whose sentence needs no facts: a rule's one-line summary. */
export type SummaryKey = Extract<EligibilityMessageKey, `${string}.summary`>;

/** The sentence of a key in both languages, written when first read. */
export function eligibilityMessage(key: string, params: unknown): Localised {
  return localisedMessage(ELIGIBILITY_MESSAGES, key, params);
}

const summaries = new Map<string, Localised>();

/** A rule's summary in both languages, written once: every check lists every rule's summary. */
export function ruleSummary(key: SummaryKey): Localised {
  let summary = summaries.get(key);
  if (!summary) {
    summary = { en: en[key](), da: da[key]() };
    summaries.set(key, summary);
  }
  return summary;
}
