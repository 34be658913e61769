/** A deadline in Brussels time (where the call defines it) and in the reader's own time zone. */
import { formatTime, userTimeZone } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Countdown } from './Countdown.tsx';

export function DeadlineText({ utc, countdown = true }: { utc: string; countdown?: boolean }) {
  const { t, lang } = useI18n();
  const zone = userTimeZone();
  return (
    <dl className="deadline">
      <dt>{t('deadline.brussels')}</dt>
      <dd>
        <time dateTime={utc}>{formatTime(utc, lang, { seconds: true })}</time>
      </dd>
      <dt>{t('deadline.yours', { zone })}</dt>
      <dd>
        <time dateTime={utc}>{formatTime(utc, lang, { seconds: true, timeZone: zone })}</time>
      </dd>
      {countdown && (
        <>
          <dt>{t('deadline.left')}</dt>
          <dd>
            <Countdown deadline={utc} />
          </dd>
        </>
      )}
    </dl>
  );
}
