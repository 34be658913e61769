import { callDeadline, isOnTime, parseInstant } from '../../deadline/deadline.ts';
import { formatInZone } from '../../deadline/zoned-time.ts';
import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** Submitted strictly before the deadline: 17:00:00 Brussels time on the deadline day. */
export const submissionDeadline: EligibilityRule = {
  id: 'submission.deadline',
  severity: 'error',
  summary: 'submission.deadline.summary',
  evaluate(ctx) {
    const written = ctx.proposal.submittedAt;
    if (written === undefined) return notApplicable('no-submission-time');
    const submitted = parseInstant(written);
    if (submitted === undefined) return notApplicable('submission-time-not-an-instant');
    const basis = ctx.call.call.deadline;
    const deadline = callDeadline(ctx.call);
    const facts = { submittedAt: written, deadline: deadline.utc, deadlineLocal: deadline.local };
    if (isOnTime(submitted, deadline)) return pass(basis, facts);
    // Only a late submission needs its local time spelled out.
    const submittedLocal = formatInZone(submitted, deadline.timeZone);
    const timeZone = deadline.timeZone;
    return fail(
      basis,
      {
        ...facts,
        submittedAt: new Date(submitted).toISOString(),
        submittedAtLocal: submittedLocal,
        lateByMs: submitted - deadline.epochMs,
      },
      [
        finding(
          'submission.deadline.failed',
          'submission.deadline.fix',
          {
            submitted: { date: submittedLocal.slice(0, 10), time: submittedLocal.slice(11, 19), timeZone },
            deadline: { date: basis.value.date, time: basis.value.time, timeZone },
          },
          { field: 'submittedAt' },
        ),
      ],
    );
  },
};
