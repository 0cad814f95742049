import { useState } from 'react';
import type { Axis, Package } from '../../../modules/reference/reference.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon, PlusIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAxes, usePackages } from '../reference/reference-queries.ts';
import { PackageDialog } from './PackageDialog.tsx';

type Editing = { pkg: Package | null; axisCode: string } | null;

/** The service packages of each axis; national headquarters may add and change them. */
export function PackagesPage() {
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const axes = useAxes();
  const packages = usePackages();
  const [editing, setEditing] = useState<Editing>(null);
  const canWrite = can('packages.write');

  if (axes.isPending || packages.isPending) return <Spinner label={t('app.loading')} />;
  if (axes.isError) return <ErrorNotice error={axes.error} onRetry={() => void axes.refetch()} />;
  if (packages.isError) return <ErrorNotice error={packages.error} onRetry={() => void packages.refetch()} />;

  const ageRange = (axis: Axis): string | null => {
    if (axis.minAge !== null && axis.maxAge !== null) return t('packages.ageBetween', { min: axis.minAge, max: axis.maxAge });
    if (axis.minAge !== null) return t('packages.ageFrom', { min: axis.minAge });
    if (axis.maxAge !== null) return t('packages.ageTo', { max: axis.maxAge });
    return null;
  };

  const columns: Column<Package>[] = [
    { key: 'order', header: t('packages.sortOrder'), numeric: true, width: '5rem', render: (p) => fmt.number(p.sortOrder) },
    { key: 'name', header: t('packages.nameFa'), width: '30%', render: (p) => <span className="cell-title">{p.nameFa}</span> },
    { key: 'nameEn', header: t('packages.nameEn'), width: '30%', render: (p) => <span lang="en">{p.nameEn}</span> },
    { key: 'code', header: t('packages.code'), secondary: true, width: '14rem', render: (p) => <span className="ltr code">{p.code}</span> },
    { key: 'status', header: t('packages.status'), width: '7rem', render: (p) => (p.active ? <Badge tone="success">{t('common.active')}</Badge> : <Badge>{t('common.inactive')}</Badge>) },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      width: '8rem',
      render: (p) => (
        <Button size="sm" variant="ghost" onClick={() => setEditing({ pkg: p, axisCode: p.axisCode })} aria-label={`${t('common.edit')} ${pickName(p, locale)}`}>
          <EditIcon />
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <div className="page">
      <PageHeader
        title={t('packages.title')}
        actions={
          canWrite && (
            <Button variant="primary" onClick={() => setEditing({ pkg: null, axisCode: axes.data[0]?.code ?? '' })}>
              <PlusIcon />
              {t('packages.new')}
            </Button>
          )
        }
      />
      {axes.data.map((axis) => {
        const range = ageRange(axis);
        const rows = packages.data.filter((p) => p.axisCode === axis.code).sort((a, b) => a.sortOrder - b.sortOrder);
        return (
          <Card
            key={axis.code}
            title={
              <>
                {pickName(axis, locale)}
                {range && <span className="card-title-note">{t('packages.ageRange', { range })}</span>}
              </>
            }
            actions={
              canWrite && (
                <Button size="sm" onClick={() => setEditing({ pkg: null, axisCode: axis.code })}>
                  <PlusIcon />
                  {t('packages.new')}
                </Button>
              )
            }
            flush
          >
            <DataTable caption={pickName(axis, locale)} columns={columns} rows={rows} rowKey={(p) => p.code} emptyMessage={t('packages.empty')} rowClassName={(p) => (p.active ? undefined : 'row-muted')} />
          </Card>
        );
      })}
      {editing && <PackageDialog pkg={editing.pkg} axisCode={editing.axisCode} axes={axes.data} onClose={() => setEditing(null)} />}
    </div>
  );
}
