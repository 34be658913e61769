/**
 * "Are you sure?" before a step that cannot be taken back (submitting a proposal or an
 * evaluation, agreeing a consensus, sending the evaluation summary reports): what will happen,
 * then the step and Cancel. Cancel has the focus, so an Enter pressed out of habit cancels.
 * While the step runs (`busy`), both buttons are disabled and the step's button says so: a
 * second click cannot send it twice.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Dialog } from './Dialog.tsx';

export interface ConfirmDialogProps {
  title: string;
  /** What taking the step does, and anything that went wrong the last time it was tried. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
  /** What the step's button says while it runs. */
  busyLabel?: string;
  /** A step that ends something (withdrawing a proposal) is shown as such. */
  danger?: boolean;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  busy = false,
  busyLabel,
  danger = false,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div className="button-row dialog__actions">
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          disabled={busy}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onClose}
          disabled={busy}
          data-autofocus
        >
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
