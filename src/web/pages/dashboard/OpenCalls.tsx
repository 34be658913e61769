/** The calls open now: identifier, lots, the deadline three ways, and a start button. */
import type { CallSummary } from '../../../contracts/calls.ts';
import { hrefOf } from '../../app/routes.ts';
import { DeadlineText } from '../../components/DeadlineText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function OpenCalls({ calls }: { calls: CallSummary[] }) {
  const { t, pick } = useI18n();
  if (calls.length === 0) return <p>{t('dashboard.noOpenCalls')}</p>;
  return (
    <ul className="card-list">
      {calls.map((c) => (
        <li key={c.id} className="card">
          <h3 className="card__title">{pick(c.titles)}</h3>
          <p className="card__meta">
            <code>{c.identifier}</code>
            {c.demo && <span className="badge badge--demo">{t('dashboard.demoCall')}</span>}
          </p>
          <p className="card__text">{c.lots.map((l) => pick(l.name)).join(' · ')}</p>
          <DeadlineText utc={c.deadline.utc} />
          <a
            className="button"
            href={hrefOf({ name: 'new-proposal', callId: c.id })}
            aria-label={`${t('dashboard.startProposal')}: ${pick(c.titles)}`}
          >
            {t('dashboard.startProposal')}
          </a>
        </li>
      ))}
    </ul>
  );
}
