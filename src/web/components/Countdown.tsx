/**
 * The time left until a deadline on the server's clock (the page's may be wrong), ticking every
 * second; screen readers get it on request only.
 */
import { timeLeft } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useServerNow } from './server-clock.ts';

export function Countdown({ deadline }: { deadline: string }) {
  const { t, tn } = useI18n();
  const now = useServerNow();
  if (now === undefined) return null;
  const left = timeLeft(Date.parse(deadline), now);
  if (left.passed) return <span className="countdown countdown--passed">{t('deadline.passed')}</span>;
  return (
    // role="timer" is not announced on every tick (its live region is off by default).
    <span className="countdown" role="timer">
      {t('deadline.countdown', {
        days: tn('deadline.days', left.days),
        hours: left.hours,
        minutes: String(left.minutes).padStart(2, '0'),
        seconds: String(left.seconds).padStart(2, '0'),
      })}
    </span>
  );
}
