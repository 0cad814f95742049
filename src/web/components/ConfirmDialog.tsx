import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useI18n } from '../i18n/useI18n.ts';
import { Button } from './Button.tsx';

interface ConfirmDialogProps {
  isOpen: boolean;
  title?: string;
  message: string;
  confirmLabel: string;
  /** Destructive actions get a red button. */
  danger?: boolean;
  busy?: boolean;
  /** An error from the last attempt (e.g. "houses depend on it"), shown in the dialog. */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal "are you sure?" with cancel and confirm; Escape cancels. */
export function ConfirmDialog({ isOpen, title, message, confirmLabel, danger = false, busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      isDismissable={!busy}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            {title ?? t('confirm.title')}
          </Heading>
          <p className="dialog-message">{message}</p>
          {error && (
            <div className="alert alert-danger" role="alert">
              {error}
            </div>
          )}
          <div className="dialog-actions">
            <Button onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} busy={busy} autoFocus>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
