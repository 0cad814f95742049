import { useState } from 'react';
import { Link } from 'react-router';
import type { ProvinceDetail } from '../../../modules/geography/geography.schemas.ts';
import { sortRows } from '../../components/client-sort.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';

type County = ProvinceDetail['counties'][number];

/** Counties of a province with their neighbourhoods; each links to the filtered list. */
export function CountyTable({ provinceCode, counties }: { provinceCode: string; counties: County[] }) {
  const { t, fmt, locale } = useI18n();
  const [sort, setSort] = useState('-identified');
  const rows = sortRows(counties, sort, { name: (c) => pickName(c, locale), identified: (c) => c.identified, population: (c) => c.population }, locale);
  const columns: Column<County>[] = [
    {
      key: 'name',
      header: t('province.county'),
      sortKey: 'name',
      render: (c) => <Link to={`/neighborhoods?province=${encodeURIComponent(provinceCode)}&county=${encodeURIComponent(c.code)}`}>{pickName(c, locale)}</Link>,
      footer: <strong>{t('common.total')}</strong>,
    },
    { key: 'identified', header: t('province.countyIdentified'), sortKey: 'identified', numeric: true, render: (c) => fmt.number(c.identified), footer: fmt.number(counties.reduce((s, c) => s + c.identified, 0)) },
    { key: 'population', header: t('province.countyPopulation'), sortKey: 'population', numeric: true, render: (c) => fmt.number(c.population), footer: fmt.number(counties.reduce((s, c) => s + c.population, 0)) },
  ];
  return <DataTable caption={t('province.counties')} columns={columns} rows={rows} rowKey={(c) => c.code} sort={sort} onSortChange={setSort} />;
}
