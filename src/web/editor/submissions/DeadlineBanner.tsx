/**
 * A banner on a proposal not yet submitted when fewer than 48 hours are left before the deadline
 * by the server's clock (the same moments the warning e-mails go out).
 */
import { useServerNow } from '../../components/server-clock.ts';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';

const HOUR = 3_600_000;

export function DeadlineBanner() {
  const { t, lang } = useI18n();
  const { view } = useEditorContext();
  const now = useServerNow();
  if (now === undefined || view.state === 'submitted' || view.membership === null) return null;
  const left = Date.parse(view.deadline.utc) - now;
  if (left <= 0 || left > 48 * HOUR) return null;
  return (
    <p className="notice notice--warning deadline-banner" role="status">
      {t(left <= 24 * HOUR ? 'deadlineBanner.24h' : 'deadlineBanner.48h', {
        deadline: formatTime(view.deadline.utc, lang, { seconds: true }),
      })}
    </p>
  );
}
