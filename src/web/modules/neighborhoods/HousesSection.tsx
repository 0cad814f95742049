import { useState } from 'react';
import type { House } from '../../../modules/geography/geography.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice, useErrorMessage } from '../../components/ErrorNotice.tsx';
import { PlusIcon, TrashIcon } from '../../components/icons.tsx';
import { useToast } from '../../components/useToast.ts';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { HouseForm } from './HouseForm.tsx';
import { useDeleteHouse, useHouses } from './neighborhood-queries.ts';

/** The neighbourhood's houses, with add and delete for those allowed. */
export function HousesSection({ neighborhoodId }: { neighborhoodId: number }) {
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const messageOf = useErrorMessage();
  const houses = useHouses(neighborhoodId);
  const remove = useDeleteHouse(neighborhoodId);
  const [adding, setAdding] = useState(false);
  const [toDelete, setToDelete] = useState<House | null>(null);
  const canWrite = can('houses.write');

  const columns: Column<House>[] = [
    { key: 'name', header: t('house.name'), render: (h) => <span className="cell-title">{h.nameFa}</span> },
    { key: 'agency', header: t('house.agency'), render: (h) => pickName({ nameFa: h.agencyNameFa, nameEn: h.agencyNameEn }, locale) },
    { key: 'address', header: t('house.address'), secondary: true, render: (h) => h.address || '—' },
    { key: 'phone', header: t('house.phone'), render: (h) => (h.phone ? <span className="ltr num">{fmt.digits(h.phone)}</span> : '—') },
    { key: 'openedOn', header: t('house.openedOn'), render: (h) => <span className="num">{fmt.date(h.openedOn)}</span> },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (h) => (
        <Button size="sm" variant="ghost" className="btn-danger-text" onClick={() => setToDelete(h)} aria-label={`${t('common.delete')} ${h.nameFa}`}>
          <TrashIcon />
          {t('common.delete')}
        </Button>
      ),
    });
  }

  return (
    <Card
      title={t('house.title')}
      flush
      actions={
        canWrite &&
        !adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            <PlusIcon />
            {t('house.add')}
          </Button>
        )
      }
    >
      {adding && (
        <div className="inline-form-panel">
          <HouseForm neighborhoodId={neighborhoodId} onDone={() => setAdding(false)} />
        </div>
      )}
      {houses.isError ? (
        <div className="card-inset">
          <ErrorNotice error={houses.error} onRetry={() => void houses.refetch()} />
        </div>
      ) : (
        <DataTable caption={t('house.title')} columns={columns} rows={houses.data} rowKey={(h) => h.id} loading={houses.isPending} emptyMessage={t('house.empty')} />
      )}
      <ConfirmDialog
        isOpen={toDelete !== null}
        message={toDelete ? t('house.deleteConfirm', { name: toDelete.nameFa }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        error={remove.isError ? messageOf(remove.error) : null}
        onCancel={() => {
          setToDelete(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!toDelete) return;
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              setToDelete(null);
              toast.success(t('house.deleted'));
            },
          });
        }}
      />
    </Card>
  );
}
