import { useState } from 'react';
import { Link } from 'react-router';
import type { ProvinceSummary } from '../../../modules/geography/geography.schemas.ts';
import { sortRows } from '../../components/client-sort.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { QuotaProgress } from './QuotaProgress.tsx';
import { quotaRatio } from './quota.ts';

interface ProvinceTableProps {
  provinces: ProvinceSummary[] | undefined;
  loading: boolean;
}

/** The 31 provinces with quota and identification, sortable, with national totals. */
export function ProvinceTable({ provinces, loading }: ProvinceTableProps) {
  const { t, fmt, locale } = useI18n();
  const [sort, setSort] = useState('name');
  const rows = provinces
    ? sortRows(
        provinces,
        sort,
        {
          name: (p) => pickName(p, locale),
          population2016: (p) => p.population2016,
          quota: (p) => p.quota,
          identified: (p) => p.identified,
          identifiedPopulation: (p) => p.identifiedPopulation,
          percent: (p) => quotaRatio(p.identified, p.quota),
        },
        locale,
      )
    : undefined;
  const sum = (pick: (p: ProvinceSummary) => number) => (provinces ?? []).reduce((total, p) => total + pick(p), 0);
  const totalQuota = sum((p) => p.quota);
  const totalIdentified = sum((p) => p.identified);

  const columns: Column<ProvinceSummary>[] = [
    {
      key: 'name',
      header: t('overview.province'),
      sortKey: 'name',
      render: (p) => <Link to={`/provinces/${p.code}`}>{pickName(p, locale)}</Link>,
      footer: <strong>{t('common.total')}</strong>,
    },
    { key: 'population2016', header: t('overview.population2016'), sortKey: 'population2016', numeric: true, secondary: true, render: (p) => fmt.number(p.population2016), footer: fmt.number(sum((p) => p.population2016)) },
    { key: 'quota', header: t('overview.quota'), sortKey: 'quota', numeric: true, render: (p) => fmt.number(p.quota), footer: fmt.number(totalQuota) },
    { key: 'identified', header: t('overview.identified'), sortKey: 'identified', numeric: true, render: (p) => fmt.number(p.identified), footer: fmt.number(totalIdentified) },
    {
      key: 'identifiedPopulation',
      header: t('overview.identifiedPopulation'),
      sortKey: 'identifiedPopulation',
      numeric: true,
      render: (p) => fmt.number(p.identifiedPopulation),
      footer: fmt.number(sum((p) => p.identifiedPopulation)),
    },
    {
      key: 'percent',
      header: t('overview.percentOfQuota'),
      sortKey: 'percent',
      numeric: true,
      width: '11rem',
      render: (p) => <QuotaProgress ratio={quotaRatio(p.identified, p.quota)} />,
      footer: <QuotaProgress ratio={quotaRatio(totalIdentified, totalQuota)} />,
    },
  ];

  return <DataTable caption={t('overview.tableTitle')} columns={columns} rows={rows} rowKey={(p) => p.code} sort={sort} onSortChange={setSort} loading={loading} />;
}
