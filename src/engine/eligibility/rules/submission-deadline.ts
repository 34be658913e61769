import { callDeadline, isOnTime, parseInstant } from '../../deadline/deadline.ts';
import { formatInZone } from '../../deadline/zoned-time.ts';
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
            en: `Submitted at ${submittedLocal} (${deadline.timeZone}), at or after the deadline of ${deadline.local}.`,
            da: `Indsendt ${submittedLocal} (${deadline.timeZone}), på eller efter fristen ${deadline.local}.`,
          },
          fix: {
            en: `Proposals are accepted until just before ${basis.value.time} ${deadline.timeZone} time on ${basis.value.date}; a later submission cannot be accepted.`,
            da: `Forslag modtages indtil lige før kl. ${basis.value.time} ${deadline.timeZone}-tid den ${basis.value.date}; en senere indsendelse kan ikke modtages.`,
          },
          field: 'submittedAt',
        },
      ],
    );
  },
};
