import { DeleteButton } from '../../components/DeleteButton.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useDeleteNeighborhood } from './neighborhood-queries.ts';

/** Delete with confirmation; a refusal (houses depend on it) is shown in the dialog. */
export function DeleteNeighborhoodButton({ id, name }: { id: number; name: string }) {
  const { t } = useI18n();
  const remove = useDeleteNeighborhood(id);
  return <DeleteButton remove={remove} title={t('nbh.delete')} message={t('nbh.deleteConfirm', { name })} deletedMessage={t('nbh.deleted')} navigateTo="/neighborhoods" />;
}
