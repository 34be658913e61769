/** The payment schedule the call data gives, each value with the status of its source. */
import type { GrantView } from '../../contracts/grants.ts';
import type { Sourced, Status } from '../../engine/call-definition/types.ts';
import { SourceStatus } from '../components/FindingCard.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function ScheduleSection({ grant: g }: { grant: GrantView }) {
  const { t } = useI18n();
  const s = g.schedule as Record<string, Sourced<unknown>>;
  const rows: [string, Sourced<unknown>][] = [
    [
      t('grantPage.schedule.preFinancing', { value: String(s.preFinancingPercent!.value) }),
      s.preFinancingPercent!,
    ],
    [
      t('grantPage.schedule.ceiling', { value: String(s.interimCeilingPercent!.value) }),
      s.interimCeilingPercent!,
    ],
    [
      t(`grantPage.schedule.partial.${String(s.partialCompletion!.value)}` as MessageKey),
      s.partialCompletion!,
    ],
  ];
  return (
    <section className="grant-section" aria-labelledby="grant-schedule-h">
      <h2 id="grant-schedule-h">{t('grantPage.schedule')}</h2>
      <ul>
        {rows.map(([text, value]) => (
          <li key={value.definedAt}>
            {text} <SourceStatus status={value.status as Status} />{' '}
            <span className="muted small">{value.sources.map((src) => src.title).join('; ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
