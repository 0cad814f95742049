import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/useI18n.ts';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useErrorMessage } from './ErrorNotice.tsx';
import { TrashIcon } from './icons.tsx';
import { useToast } from './useToast.ts';

/** The delete mutation of one record (React Query's, without variables). */
interface DeleteMutation {
  mutate(variables: undefined, options: { onSuccess(): void }): void;
  reset(): void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface DeleteButtonProps {
  remove: DeleteMutation;
  /** The dialog's title and question. */
  title: string;
  message: string;
  /** The toast once deleted. */
  deletedMessage: string;
  /** Where to go once deleted: the record's page is gone. */
  navigateTo: string;
}

/** Delete with confirmation; a refusal from the server is shown in the dialog. */
export function DeleteButton({ remove, title, message, deletedMessage, navigateTo }: DeleteButtonProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        <TrashIcon />
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        title={title}
        message={message}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.isError ? messageOf(remove.error) : null}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setOpen(false);
              toast.success(deletedMessage);
              void navigate(navigateTo, { replace: true });
            },
          })
        }
      />
    </>
  );
}
