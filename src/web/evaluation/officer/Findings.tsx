/** The engine's admissibility and eligibility findings for a submitted version: message, fix, source. */
import type { Finding } from '../../../engine/eligibility/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function Findings({ findings }: { findings: Finding[] }) {
  const { t, pick } = useI18n();
  if (findings.length === 0) return <p className="muted">{t('screening.noFindings')}</p>;
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <li
          key={`${f.rule}|${f.field ?? ''}|${f.message.en}`}
          className={`finding finding--${f.severity}`}
          data-rule={f.rule}
          data-severity={f.severity}
        >
          <p className="finding__message">
            <span className="finding__severity">
              {f.severity === 'error' ? t('screening.findingError') : t('screening.findingWarning')}
            </span>{' '}
            {pick(f.message)}
          </p>
          {f.fix && (
            <p className="finding__fix">
              <strong>{t('screening.fix')}</strong> {pick(f.fix)}
            </p>
          )}
          <p className="finding__source">
            <span>{t('screening.source')}</span>{' '}
            {f.basis.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && '; '}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {s.title}
                    <span className="visually-hidden"> {t('common.newWindow')}</span>
                  </a>
                ) : (
                  s.title
                )}
              </span>
            ))}{' '}
            <span className={`badge badge--${f.basis.status}`}>
              {t(`screening.status.${f.basis.status}`)}
            </span>{' '}
            <code className="finding__rule">{f.rule}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
