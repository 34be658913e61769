import type { Lang } from '../../call-definition/types.ts';
import { callDeadline, isOnTime, parseInstant } from '../../deadline/deadline.ts';
import { formatInZone } from '../../deadline/zoned-time.ts';
import { localDateTime } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Submitted strictly before the deadline: 17:00:00 Brussels time on the deadline day. */
export const submissionDeadline: EligibilityRule = {
  id: 'submission.deadline',
  severity: 'error',
  summary: {
    en: 'Submitted before the deadline (17:00 Brussels time)',
    da: 'Indsendt før fristen (kl. 17.00 Bruxelles-tid)',
  },
  evaluate(ctx) {
    const written = ctx.proposal.submittedAt;
    if (written === undefined) return notApplicable('no submission time given');
    const submitted = parseInstant(written);
    if (submitted === undefined) return notApplicable('the submission time is not an instant');
    const basis = ctx.call.call.deadline;
    const deadline = callDeadline(ctx.call);
    const facts = { submittedAt: written, deadline: deadline.utc, deadlineLocal: deadline.local };
    if (isOnTime(submitted, deadline)) return pass(basis, facts);
    // Only a late submission needs its local time spelled out.
    const submittedLocal = formatInZone(submitted, deadline.timeZone);
    const late = submitted - deadline.epochMs;
    // "6 March 2025, 17:00 (Brussels time)" / "6. marts 2025 kl. 17.00 (Bruxelles-tid)".
    const deadlineAt = (lang: Lang) =>
      localDateTime(basis.value.date, basis.value.time, deadline.timeZone, lang);
    const submittedAt = (lang: Lang) =>
      localDateTime(submittedLocal.slice(0, 10), submittedLocal.slice(11, 19), deadline.timeZone, lang);
    return fail(
      basis,
      {
        ...facts,
        submittedAt: new Date(submitted).toISOString(),
        submittedAtLocal: submittedLocal,
        lateByMs: late,
      },
      [
        {
          message: {
            en: `Submitted on ${submittedAt('en')}, at or after the deadline of ${deadlineAt('en')}.`,
            da: `Indsendt ${submittedAt('da')}, på eller efter fristen ${deadlineAt('da')}.`,
          },
          fix: {
            en: `Proposals are accepted until just before ${deadlineAt('en')}; a later submission cannot be accepted.`,
            da: `Forslag modtages indtil lige før ${deadlineAt('da')}; en senere indsendelse kan ikke modtages.`,
          },
          field: 'submittedAt',
        },
      ],
    );
  },
};
