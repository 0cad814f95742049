import { Link } from 'react-router';
import type { PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencyName } from '../resolutions/resolution-names.ts';
import { AgeAxis, fullName, NationalIdText } from './PersonBadges.tsx';

interface PersonTableProps {
  rows: PersonSummary[] | undefined;
  loading: boolean;
  emptyMessage?: string;
}

/** One page of people: who, whose child, which ID, how old, where, and which agencies serve them. */
export function PersonTable({ rows, loading, emptyMessage }: PersonTableProps) {
  const { t } = useI18n();
  const agencyName = useAgencyName();
  const columns: Column<PersonSummary>[] = [
    {
      key: 'name',
      header: t('residents.name'),
      render: (p) => (
        <Link to={`/persons/${p.id}`} className="cell-title" lang="fa">
          {fullName(p)}
        </Link>
      ),
    },
    { key: 'fatherName', header: t('residents.fatherName'), render: (p) => (p.fatherName ? <span lang="fa">{p.fatherName}</span> : <span className="subtle">—</span>) },
    { key: 'nationalId', header: t('residents.nationalId'), render: (p) => <NationalIdText person={p} /> },
    { key: 'age', header: t('residents.ageAndAxis'), render: (p) => <AgeAxis person={p} /> },
    {
      key: 'neighborhood',
      header: t('residents.neighborhood'),
      render: (p) =>
        p.neighborhoodId !== null ? (
          <Link to={`/neighborhoods/${p.neighborhoodId}`} lang="fa">
            {p.neighborhoodNameFa ?? p.neighborhoodId}
          </Link>
        ) : (
          <span className="subtle">—</span>
        ),
    },
    {
      key: 'agencies',
      header: t('residents.agencies'),
      secondary: true,
      render: (p) =>
        p.agencyCodes.length > 0 ? (
          <span className="residents-agency-list">{p.agencyCodes.map((code) => agencyName(code)).join(t('residents.listSeparator'))}</span>
        ) : (
          <span className="subtle">—</span>
        ),
    },
  ];
  return <DataTable caption={t('residents.listTitle')} columns={columns} rows={rows} rowKey={(p) => p.id} loading={loading} emptyMessage={emptyMessage} />;
}
