/** The applicant's proposals, each with its state, lot, role and last receipt. */
import type { ProposalListItem } from '../../../contracts/proposals.ts';
import { hrefOf } from '../../app/routes.ts';
import { lotLabel, MEMBER_LABEL } from '../../components/labels.ts';
import { StateBadge } from '../../components/StateBadge.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function MyProposals({ proposals }: { proposals: ProposalListItem[] }) {
  const { t, lang } = useI18n();
  if (proposals.length === 0) return <p>{t('dashboard.noProposals')}</p>;
  return (
    <ul className="card-list">
      {proposals.map((p) => (
        <li key={p.id} className="card">
          <h3 className="card__title">
            <a href={hrefOf({ name: 'proposal', id: p.id, tab: 'consortium' })}>
              {p.acronym || t('proposal.noAcronym')}
            </a>
          </h3>
          <p className="card__text">{p.title || t('proposal.noTitle')}</p>
          <p className="card__meta">
            <StateBadge state={p.state} /> <span>{t(lotLabel(p.lot))}</span>
            {p.role && <span> · {t(MEMBER_LABEL[p.role])}</span>}
          </p>
          {p.lastReceiptCode && p.lastSubmittedAt && (
            <p className="card__meta">
              {t('dashboard.lastReceipt', {
                code: p.lastReceiptCode,
                time: formatTime(p.lastSubmittedAt, lang),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
