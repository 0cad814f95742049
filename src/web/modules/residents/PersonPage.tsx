import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AgencyLink, Person } from '../../../modules/residents/residents.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/residents.css';
import { PersonMerges } from '../duplicates/PersonMerges.tsx';
import { useAgencyName } from '../resolutions/resolution-names.ts';
import { AgeAxis, fullName, NationalIdText } from './PersonBadges.tsx';
import { PersonEditForm } from './PersonEditForm.tsx';
import { RegisterOutcomeAlert } from './RegisterOutcome.tsx';
import { usePerson } from './residents-queries.ts';

/** One person's whole record (the server records that it was opened), their household and agencies. */
export function PersonPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const query = usePerson(id);
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <PersonView person={query.data} onReload={() => void query.refetch()} />;
}

function PersonView({ person: p, onReload }: { person: Person; onReload(): void }) {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const dash = <span className="subtle">—</span>;
  const text = (value: string) => (value ? <span lang="fa">{value}</span> : dash);

  return (
    <div className="page">
      <PageHeader
        title={<span lang="fa">{fullName(p)}</span>}
        subtitle={
          <span className="row">
            <NationalIdText person={p} />
            <span aria-hidden="true">·</span>
            <span>{t(`residents.sex.${p.sex}`)}</span>
            <AgeAxis person={p} />
          </span>
        }
        breadcrumbs={[{ label: t('nav.persons'), to: '/persons' }]}
        actions={
          can('persons.write') &&
          !editing && (
            <Button variant="primary" onClick={() => setEditing(true)}>
              <EditIcon />
              {t('common.edit')}
            </Button>
          )
        }
      />
      <RegisterOutcomeAlert />
      <p className="subtle residents-note">{t('residents.auditNote')}</p>
      <div className="detail-grid">
        {editing ? (
          <Card title={t('residents.editTitle')}>
            {/* Keyed by version: a newer version (after a conflict) starts the form afresh. */}
            <PersonEditForm key={p.version} person={p} onDone={() => setEditing(false)} onReload={onReload} />
          </Card>
        ) : (
          <Card title={t('residents.detailsCard')}>
            <DescriptionList
              items={[
                {
                  term: t('residents.nationalId'),
                  value: p.missingIdReason ? (
                    <span className="stack-tight residents-missing-id">
                      <NationalIdText person={p} />
                      <span className="subtle">{t(`residents.missingIdReason.${p.missingIdReason}`)}</span>
                    </span>
                  ) : (
                    <NationalIdText person={p} />
                  ),
                },
                { term: t('residents.firstName'), value: text(p.firstName) },
                { term: t('residents.lastName'), value: text(p.lastName) },
                { term: t('residents.fatherName'), value: text(p.fatherName) },
                { term: t('residents.sex'), value: t(`residents.sex.${p.sex}`) },
                { term: t('residents.birthDate'), value: p.birthDate ? <span className="num">{fmt.date(p.birthDate)}</span> : dash },
                { term: t('residents.ageAndAxis'), value: <AgeAxis person={p} /> },
                { term: t('residents.phone'), value: p.phone ? <span className="ltr num">{fmt.digits(p.phone)}</span> : dash },
                { term: t('residents.schooling'), value: p.schooling ? t(`residents.schooling.${p.schooling}`) : dash },
                { term: t('residents.insurance'), value: t(`residents.insurance.${p.insurance}`) },
                { term: t('residents.employment'), value: p.employment ? t(`residents.employment.${p.employment}`) : dash },
                { term: t('residents.disability'), value: text(p.disability) },
                { term: t('residents.notes'), value: p.notes ? <p className="profile-text" lang="fa">{p.notes}</p> : dash, wide: true },
                { term: t('residents.createdAt'), value: <span className="num">{fmt.dateTime(p.createdAt)}</span> },
                { term: t('residents.updatedAt'), value: <span className="num">{fmt.dateTime(p.updatedAt)}</span> },
              ]}
            />
          </Card>
        )}
        <div className="stack">
          <Card title={t('residents.householdCard')}>
            <DescriptionList
              items={[
                {
                  term: t('residents.household'),
                  value: p.householdId ? <Link to={`/households/${p.householdId}`}>{t('residents.openHousehold')}</Link> : <span className="subtle">{t('residents.noHousehold')}</span>,
                },
                { term: t('residents.relation'), value: p.relation ? t(`residents.relation.${p.relation}`) : dash },
                {
                  term: t('residents.neighborhood'),
                  value: p.neighborhoodId !== null ? <Link to={`/neighborhoods/${p.neighborhoodId}`}>{p.neighborhoodNameFa ?? fmt.number(p.neighborhoodId)}</Link> : dash,
                },
              ]}
            />
          </Card>
          <Card title={t('residents.agenciesCard')} flush>
            <AgencyLinks links={p.agencies} />
          </Card>
          <PersonMerges personId={p.id} />
        </div>
      </div>
    </div>
  );
}

/** The agencies that serve the person, each with its own case number and dates. */
function AgencyLinks({ links }: { links: AgencyLink[] }) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();
  const columns: Column<AgencyLink>[] = [
    { key: 'agency', header: t('residents.agency'), render: (link) => <span className="cell-title">{agencyName(link.agencyCode, link.agencyNameFa)}</span> },
    { key: 'caseNumber', header: t('residents.caseNumber'), render: (link) => (link.caseNumber ? <span className="ltr code">{link.caseNumber}</span> : <span className="subtle">—</span>) },
    { key: 'startedOn', header: t('residents.startedOn'), render: (link) => <span className="num">{fmt.date(link.startedOn)}</span> },
    {
      key: 'endedOn',
      header: t('residents.endedOn'),
      render: (link) => (link.endedOn ? <span className="num">{fmt.date(link.endedOn)}</span> : <Badge tone="success">{t('residents.linkActive')}</Badge>),
    },
  ];
  return <DataTable caption={t('residents.agenciesCard')} columns={columns} rows={links} rowKey={(link) => link.agencyCode} emptyMessage={t('residents.noAgencies')} />;
}
