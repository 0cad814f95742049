import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useErrorMessage } from '../../components/ErrorNotice.tsx';
import { TrashIcon } from '../../components/icons.tsx';
import { useToast } from '../../components/useToast.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useDeleteNeighborhood } from './neighborhood-queries.ts';

/** Delete with confirmation; a refusal (houses depend on it) is shown in the dialog. */
export function DeleteNeighborhoodButton({ id, name }: { id: number; name: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const [open, setOpen] = useState(false);
  const remove = useDeleteNeighborhood(id);

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        <TrashIcon />
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        title={t('nbh.delete')}
        message={t('nbh.deleteConfirm', { name })}
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
              toast.success(t('nbh.deleted'));
              void navigate('/neighborhoods', { replace: true });
            },
          })
        }
      />
    </>
  );
}
