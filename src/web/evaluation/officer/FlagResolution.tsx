/**
 * One chair's flag on the progress page: how it was resolved (who, when, why), or, while it is
 * open, the officer's form to resolve it with a reason. The consensus of the proposal cannot be
 * agreed while one of its flags is open, so the reason is required and kept in the audit trail.
 */
import { useState } from 'react';
import type { ResolvableFlag } from '../../../engine/evaluation/types.ts';
import { api } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextArea } from '../../components/fields.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldProblem } from './model.ts';

/** The server's shortest reason (src/contracts/evaluation.ts). */
const MIN_REASON = 10;

export function FlagResolution({
  proposalId,
  flag,
  agreed,
  label,
  onResolved,
}: {
  proposalId: string;
  flag: ResolvableFlag;
  /** The consensus is agreed: an open flag can no longer be resolved. */
  agreed: boolean;
  /** The flag's kind and criterion, in words, for the form's name. */
  label: string;
  onResolved: () => Promise<unknown> | undefined;
}) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = `flag-${proposalId}-${flag.key}`.replace(/[^A-Za-z0-9_-]/g, '-');

  if (flag.resolution) {
    const r = flag.resolution;
    return (
      <p className="small flag-resolution" data-resolved="true">
        <span className="badge badge--submitted">{t('progress.flagResolved')}</span>{' '}
        {t('progress.flagResolvedBy', { name: r.byName, time: formatTime(r.at, lang) })} <q>{r.reason}</q>
      </p>
    );
  }
  if (agreed) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setTooShort(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setTooShort(false);
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}/flags/resolve`, {
        flag: flag.key,
        reason: reason.trim(),
      });
      setReason('');
      await onResolved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="flag-resolve" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <TextArea
        id={`${id}-reason`}
        label={t('progress.flagReason')}
        hint={t('progress.flagReasonHint')}
        value={reason}
        onChange={setReason}
        rows={2}
        maxLength={2000}
        error={tooShort ? t('progress.flagReasonShort', { n: MIN_REASON }) : fieldProblem(error, 'reason')}
      />
      <button type="submit" className="button button--secondary button--small" disabled={busy}>
        {busy ? t('progress.flagResolving') : t('progress.flagResolve')}
      </button>
      <ErrorMessage error={error} inputFor={(field) => (field === 'reason' ? `${id}-reason` : undefined)} />
    </form>
  );
}
