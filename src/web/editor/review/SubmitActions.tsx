/**
 * Submitting, resubmitting and withdrawing, each behind a dialog that says exactly what will
 * happen. Unsaved edits are saved first; the server checks again and issues the receipt.
 */
import { useState } from 'react';
import type { SubmitReceipt } from '../../../contracts/proposals.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useServerNow } from '../../components/server-clock.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { ReceiptCard } from '../submissions/ReceiptCard.tsx';
import { WhatHappens } from './WhatHappens.tsx';

type Action = 'submit' | 'resubmit' | 'withdraw';

export function SubmitActions() {
  const { t, tn } = useI18n();
  const editor = useEditorContext();
  const [action, setAction] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [receipt, setReceipt] = useState<SubmitReceipt>();
  const [withdrawn, setWithdrawn] = useState(false);
  const { view } = editor;
  const errors = editor.review?.errors ?? view.review.errors;
  // The server's clock decides: once it passes the deadline the buttons go, whatever this page's says.
  const now = useServerNow();
  const closed = view.deadline.passed || (now !== undefined && now >= Date.parse(view.deadline.utc));
  const maySubmit = view.permissions.submit && !closed;
  const mayWithdraw = view.permissions.withdraw && !closed;
  // A submission or withdrawal changes the proposal's state in every list and its receipts and files.
  const changed = [queryKeys.proposals()];
  const withdrawal = useWrite(
    () => api.post(`/api/v1/proposals/${encodeURIComponent(view.id)}/withdraw`),
    changed,
  );
  const submission = useWrite(
    () => api.post<SubmitReceipt>(`/api/v1/proposals/${encodeURIComponent(view.id)}/submit`),
    changed,
  );

  const run = async () => {
    if (!action) return;
    setBusy(true);
    setError(undefined);
    try {
      if (action === 'withdraw') {
        await withdrawal.mutateAsync(undefined);
        setWithdrawn(true);
        setReceipt(undefined);
      } else {
        if (editor.dirty.length > 0 && !(await editor.saveAll()))
          throw new Error(t('submit.saveFirstFailed'));
        setReceipt(await submission.mutateAsync(undefined));
        setWithdrawn(false);
      }
      setAction(undefined);
      await editor.refresh();
      setTimeout(() => document.getElementById('submit-outcome')?.focus(), 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (!busy) setAction(undefined);
  };

  return (
    <section className="subpanel submit" aria-labelledby="submit-h">
      <h3 id="submit-h">{t('submit.title')}</h3>
      {receipt && (
        <div id="submit-outcome" tabIndex={-1} className="notice notice--success" role="status">
          <p className="notice__title">
            {receipt.unchanged
              ? t('submit.unchanged', { n: receipt.number })
              : t('submit.done', { n: receipt.number })}
          </p>
          <ReceiptCard receipt={receipt} />
        </div>
      )}
      {withdrawn && (
        <p id="submit-outcome" tabIndex={-1} className="notice notice--info" role="status">
          {t('submit.withdrawn')}
        </p>
      )}
      {!maySubmit && <p>{closed ? t('submit.closed') : t('submit.coordinatorOnly')}</p>}
      {maySubmit && errors > 0 && <p className="notice notice--error">{tn('submit.fixFirst', errors)}</p>}
      <div className="button-row">
        {maySubmit && errors === 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setAction(view.state === 'submitted' ? 'resubmit' : 'submit')}
          >
            {view.state === 'submitted' ? t('submit.resubmit') : t('submit.submit')}
          </button>
        )}
        {mayWithdraw && (
          <button
            type="button"
            className="button button--danger-secondary"
            onClick={() => setAction('withdraw')}
          >
            {t('submit.withdraw')}
          </button>
        )}
      </div>
      {!action && <ErrorMessage error={error} />}
      {action && (
        <ConfirmDialog
          title={t(`submit.dialog.${action}`)}
          confirmLabel={t(`submit.confirm.${action}`)}
          onConfirm={() => void run()}
          onClose={close}
          busy={busy}
          busyLabel={t('submit.working')}
          danger={action === 'withdraw'}
        >
          <WhatHappens action={action} />
          <ErrorMessage error={error} />
        </ConfirmDialog>
      )}
    </section>
  );
}
