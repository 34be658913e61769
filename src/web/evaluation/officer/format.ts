/** Money and instants as the reader writes them. */
import type { Lang } from '../../../engine/call-definition/types.ts';
import { euros } from '../../../engine/i18n/format.ts';
import { formatTime } from '../../i18n/dates.ts';

export const money = (amount: number, lang: Lang): string => euros(amount, lang);
export const when = (instant: string, lang: Lang): string => formatTime(instant, lang);
