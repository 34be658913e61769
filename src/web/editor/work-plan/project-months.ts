/**
 * The last month a work package or deliverable may name: the project's duration as the General
 * tab holds it, so the month field's message says "from 1 to 24" for a 24-month project. Before a
 * duration is chosen, the most the section's schema allows.
 */
import type { GeneralSection } from '../../../engine/proposal/sections.ts';

const MOST_MONTHS = 120;

export function lastProjectMonth(general: Pick<GeneralSection, 'durationMonths'> | undefined): number {
  const months = general?.durationMonths;
  return Number.isInteger(months) && months! >= 1 && months! <= MOST_MONTHS ? months! : MOST_MONTHS;
}
