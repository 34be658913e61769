/**
 * The grant's moves in the workflow: the coordinator confirms; the officer signs, sends it back
 * or cancels it (with a reason). Each names the version read, so a move on a grant someone else
 * changed meanwhile is refused and the page reloads it.
 */
import { useState } from 'react';
import type { GrantView } from '../../contracts/grants.ts';
import type { Finding } from '../../engine/eligibility/types.ts';
import { ApiError, api } from '../api/client.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { FindingCard } from '../components/FindingCard.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { GRANTS_KEY, grantPath, may } from './model.ts';

export function GrantActions({ grant }: { grant: GrantView }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const step = useWrite(
    ({ path, body }: { path: string; body: unknown }) => api.post(`${grantPath(grant.id)}/${path}`, body),
    [GRANTS_KEY],
  );
  const officerMoves = may(grant, 'sign') || may(grant, 'reopen') || may(grant, 'cancel');
  if (!may(grant, 'confirm') && !officerMoves) return null;
  const run = (path: string, withReason = false) =>
    step.mutate({ path, body: withReason ? { version: grant.version, reason } : { version: grant.version } });
  const findings = refusedFindings(step.error);
  return (
    <section className="grant-section" aria-label={t('grants.state')}>
      {findings.length > 0 ? <RefusedFindings findings={findings} /> : <ErrorMessage error={step.error} />}
      {officerMoves && (may(grant, 'reopen') || may(grant, 'cancel')) && (
        <div className="field">
          <label className="field__label" htmlFor="grant-officer-reason">
            {t('grantPage.officerReason')}
          </label>
          <textarea
            id="grant-officer-reason"
            className="input textarea"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      <div className="button-row">
        {may(grant, 'confirm') && (
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() => run('confirm')}
          >
            {t('grantPage.confirm')}
          </button>
        )}
        {may(grant, 'sign') && (
          <button
            type="button"
            className="button button--primary"
            disabled={step.isPending}
            onClick={() => run('sign')}
          >
            {t('grantPage.sign')}
          </button>
        )}
        {may(grant, 'reopen') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() => run('reopen', true)}
          >
            {t('grantPage.reopen')}
          </button>
        )}
        {may(grant, 'cancel') && (
          <button
            type="button"
            className="button button--danger-secondary"
            disabled={step.isPending}
            onClick={() => run('cancel', true)}
          >
            {t('grantPage.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Why the server refused, in the reader's language: the engine's findings with their sources. */
export function RefusedFindings({ findings }: { findings: Finding[] }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('grantPage.refused')}</p>
      <ul className="findings">
        {findings.map((f) => (
          <FindingCard key={`${f.rule}|${f.message.en}`} finding={f} />
        ))}
      </ul>
    </div>
  );
}

/** The findings a refusal carries (signature blocked, an amendment refused), in both languages. */
export function refusedFindings(error: unknown): Finding[] {
  if (!(error instanceof ApiError)) return [];
  const findings = error.body.findings;
  return Array.isArray(findings) ? (findings as Finding[]) : [];
}
