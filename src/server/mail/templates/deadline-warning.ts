/** The warning to the contacts of a proposal not yet submitted, 48 and 24 hours before the deadline. */
import type { Lang } from '../../../engine/call-definition/types.ts';

export type WarningKind = '48h' | '24h';

export interface DeadlineWarning {
  name: string;
  acronym: string;
  /** Brussels local time of the deadline, "YYYY-MM-DD HH:MM". */
  deadlineBrussels: string;
  link: string;
}

const HOURS: Record<WarningKind, number> = { '48h': 48, '24h': 24 };

export function deadlineWarning(
  lang: Lang,
  kind: WarningKind,
  w: DeadlineWarning,
): { subject: string; body: string } {
  const name = w.acronym || (lang === 'da' ? 'jeres ansøgning' : 'your proposal');
  if (lang === 'da') {
    return {
      subject: `Under ${HOURS[kind]} timer til fristen: ${name} er ikke indsendt`,
      body: `Kære ${w.name}\n\nFristen for indkaldelsen er ${w.deadlineBrussels} (Bruxelles-tid), om under ${HOURS[kind]} timer, og ${name} er ikke indsendt endnu. Kun en indsendt ansøgning bliver evalueret.\n\nÅbn ansøgningen, og indsend den her:\n${w.link}`,
    };
  }
  return {
    subject: `Less than ${HOURS[kind]} hours to the deadline: ${name} is not submitted`,
    body: `Dear ${w.name},\n\nThe call's deadline is ${w.deadlineBrussels} (Brussels time), less than ${HOURS[kind]} hours from now, and ${name} has not been submitted yet. Only a submitted proposal is evaluated.\n\nOpen the proposal and submit it at:\n${w.link}`,
  };
}
