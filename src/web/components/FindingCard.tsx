/** One finding: what is wrong, how to fix it, where the rule comes from, and a link to the field. */
import './finding-card.css';
import type { Status } from '../../engine/call-definition/types.ts';
import type { Finding } from '../../engine/eligibility/types.ts';
import { FieldLink } from '../editor/panel/FieldLink.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SourceTitle } from './SourceTitle.tsx';

const STATUS_LABEL: Record<Status, MessageKey> = {
  confirmed: 'source.confirmed',
  secondary: 'source.secondary',
  unconfirmed: 'source.unconfirmed',
};

export function SourceStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status}`}>{t(STATUS_LABEL[status])}</span>;
}

/** Findings are unique by rule, field and message (one rule may flag several fields). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.field ?? ''}|${f.message.en}`;
}

/** Without a proposal id (the agency reads a submitted version) the finding has no link to its field. */
export function FindingCard({ finding, proposalId }: { finding: Finding; proposalId?: string }) {
  const { t, pick } = useI18n();
  const sources = finding.basis.sources;
  return (
    <li
      className={`finding finding--${finding.severity}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
    >
      <p className="finding__message">
        <span className="finding__severity">
          {finding.severity === 'error' ? t('finding.error') : t('finding.warning')}
        </span>{' '}
        {pick(finding.message)}
      </p>
      {finding.fix && (
        <p className="finding__fix">
          <strong>{t('finding.fix')}</strong> {pick(finding.fix)}
        </p>
      )}
      <p className="finding__source">
        <span>{t('finding.source')}</span>{' '}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer">
                <SourceTitle source={s} />
                <span className="visually-hidden"> {t('common.newWindow')}</span>
              </a>
            ) : (
              <SourceTitle source={s} />
            )}
          </span>
        ))}{' '}
        <SourceStatus status={finding.basis.status} /> <code className="finding__rule">{finding.rule}</code>
      </p>
      {finding.field && proposalId && (
        <p className="finding__go">
          <FieldLink
            proposalId={proposalId}
            field={finding.field}
            label={`${t('finding.goToField')}: ${pick(finding.message)}`}
          >
            {t('finding.goToField')}
          </FieldLink>
        </p>
      )}
    </li>
  );
}
