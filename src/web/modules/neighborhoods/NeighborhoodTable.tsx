import { Link } from 'react-router';
import type { Neighborhood } from '../../../modules/geography/geography.schemas.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { SeverityBadge, StatusBadge } from './SeverityBadge.tsx';

interface NeighborhoodTableProps {
  rows: Neighborhood[] | undefined;
  loading: boolean;
  sort: string;
  onSortChange(sort: string): void;
  emptyMessage?: string;
}

/** One page of neighbourhoods; sorting is done by the server. */
export function NeighborhoodTable({ rows, loading, sort, onSortChange, emptyMessage }: NeighborhoodTableProps) {
  const { t, fmt, locale } = useI18n();
  const en = locale === 'en';
  const columns: Column<Neighborhood>[] = [
    { key: 'code', header: t('nbh.code'), sortKey: 'code', secondary: true, render: (n) => <span className="ltr code">{n.code}</span> },
    {
      key: 'name',
      header: t('nbh.name'),
      sortKey: 'name',
      render: (n) => (
        <Link to={`/neighborhoods/${n.id}`} className="cell-title">
          {en && n.nameEn ? n.nameEn : n.nameFa}
        </Link>
      ),
    },
    { key: 'province', header: t('nbh.province'), sortKey: 'province', render: (n) => (en ? n.provinceNameEn : n.provinceNameFa) },
    { key: 'county', header: t('nbh.county'), secondary: true, render: (n) => (en ? n.countyNameEn : n.countyNameFa) },
    { key: 'city', header: t('nbh.city'), sortKey: 'city', render: (n) => (en ? n.cityNameEn : n.cityNameFa) },
    { key: 'population', header: t('nbh.population'), sortKey: 'population', numeric: true, render: (n) => fmt.number(n.population) },
    { key: 'households', header: t('nbh.households'), sortKey: 'households', numeric: true, secondary: true, render: (n) => fmt.number(n.households) },
    { key: 'severity', header: t('nbh.severity'), sortKey: 'severity', render: (n) => <SeverityBadge severity={n.severity} /> },
    { key: 'status', header: t('nbh.status'), render: (n) => <StatusBadge status={n.status} /> },
    {
      key: 'steward',
      header: t('nbh.steward'),
      secondary: true,
      render: (n) => (n.stewardAgencyCode ? ((en ? n.stewardAgencyNameEn : n.stewardAgencyNameFa) ?? n.stewardAgencyNameFa) : <span className="subtle">—</span>),
    },
    { key: 'updatedAt', header: t('nbh.updatedAt'), sortKey: 'updatedAt', secondary: true, render: (n) => <span className="num">{fmt.date(n.updatedAt)}</span> },
  ];
  return <DataTable caption={t('nbh.listTitle')} columns={columns} rows={rows} rowKey={(n) => n.id} sort={sort} onSortChange={onSortChange} loading={loading} emptyMessage={emptyMessage} />;
}
