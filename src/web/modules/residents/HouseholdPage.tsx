import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Household, PersonSummary } from '../../../modules/residents/residents.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon, MapPinIcon, PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/residents.css';
import { HouseholdEditForm } from './HouseholdEditForm.tsx';
import { HouseholdMoveForm } from './HouseholdMoveForm.tsx';
import { AgeAxis, FemaleHeadedBadge, fullName, NationalIdText } from './PersonBadges.tsx';
import { useHousehold } from './residents-queries.ts';

/** A household: where it lives, its head and members, how it has moved; edit, move, add a member. */
export function HouseholdPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const query = useHousehold(id);
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <HouseholdView household={query.data} onReload={() => void query.refetch()} />;
}

function HouseholdView({ household: h, onReload }: { household: Household; onReload(): void }) {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const canWrite = can('persons.write');
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const title = t('residents.householdOf', { name: h.headName ?? fmt.digits(h.id) });

  return (
    <div className="page">
      <PageHeader
        title={<span lang="fa">{title}</span>}
        subtitle={
          <span className="row">
            <Link to={`/neighborhoods/${h.neighborhoodId}`}>{h.neighborhoodNameFa}</Link>
            <span aria-hidden="true">·</span>
            <span className="num">{t('residents.memberCount', { count: h.size })}</span>
            {h.femaleHeaded && <FemaleHeadedBadge />}
          </span>
        }
        breadcrumbs={[
          { label: t('nav.persons'), to: '/persons' },
          { label: h.neighborhoodNameFa, to: `/neighborhoods/${h.neighborhoodId}` },
        ]}
        actions={
          canWrite && (
            <>
              <LinkButton to={`/persons/new?household=${h.id}`} variant="primary">
                <PlusIcon />
                {t('residents.addMember')}
              </LinkButton>
              {!editing && (
                <Button onClick={() => setEditing(true)}>
                  <EditIcon />
                  {t('common.edit')}
                </Button>
              )}
              {!moving && (
                <Button onClick={() => setMoving(true)}>
                  <MapPinIcon />
                  {t('residents.move')}
                </Button>
              )}
            </>
          )
        }
      />
      <p className="subtle residents-note">{t('residents.householdAuditNote')}</p>
      <div className="detail-grid">
        {editing ? (
          <Card title={t('residents.editHouseholdTitle')}>
            <HouseholdEditForm key={h.version} household={h} onDone={() => setEditing(false)} onReload={onReload} />
          </Card>
        ) : (
          <Card title={t('residents.detailsCard')}>
            <DescriptionList
              items={[
                { term: t('residents.address'), value: h.address ? <span lang="fa">{h.address}</span> : <span className="subtle">—</span>, wide: true },
                { term: t('residents.neighborhood'), value: <Link to={`/neighborhoods/${h.neighborhoodId}`}>{h.neighborhoodNameFa}</Link> },
                { term: t('residents.tenure'), value: h.tenure ? t(`residents.tenure.${h.tenure}`) : <span className="subtle">{t('residents.unknown')}</span> },
                {
                  term: t('residents.welfareDecile'),
                  value: h.welfareDecile !== null ? <span className="num">{t('residents.decileOption', { decile: fmt.digits(String(h.welfareDecile)) })}</span> : <span className="subtle">{t('residents.unknown')}</span>,
                },
                {
                  term: t('residents.head'),
                  value: h.headPersonId ? (
                    <span className="row">
                      <Link to={`/persons/${h.headPersonId}`} lang="fa">
                        {h.headName ?? fmt.digits(h.headPersonId)}
                      </Link>
                      {h.femaleHeaded && <FemaleHeadedBadge />}
                    </span>
                  ) : (
                    <span className="subtle">{t('residents.noHead')}</span>
                  ),
                },
                { term: t('residents.size'), value: <span className="num">{t('residents.memberCount', { count: h.size })}</span> },
              ]}
            />
          </Card>
        )}
        <div className="stack">
          {moving && (
            <Card title={t('residents.moveTitle')}>
              <HouseholdMoveForm key={h.version} household={h} onDone={() => setMoving(false)} onReload={onReload} />
            </Card>
          )}
          <Card title={t('residents.movesCard')} flush>
            <MoveHistory moves={h.moves} />
          </Card>
        </div>
      </div>
      <Card title={t('residents.membersCard', { count: h.members.length })} flush>
        <Members household={h} />
      </Card>
    </div>
  );
}

function Members({ household }: { household: Household }) {
  const { t } = useI18n();
  const columns: Column<PersonSummary>[] = [
    {
      key: 'name',
      header: t('residents.name'),
      render: (p) => (
        <span className="row">
          <Link to={`/persons/${p.id}`} className="cell-title" lang="fa">
            {fullName(p)}
          </Link>
          {p.id === household.headPersonId && <Badge tone="primary">{t('residents.headBadge')}</Badge>}
        </span>
      ),
    },
    { key: 'relation', header: t('residents.relation'), render: (p) => (p.relation ? t(`residents.relation.${p.relation}`) : <span className="subtle">—</span>) },
    { key: 'sex', header: t('residents.sex'), render: (p) => t(`residents.sex.${p.sex}`) },
    { key: 'age', header: t('residents.ageAndAxis'), render: (p) => <AgeAxis person={p} /> },
    { key: 'fatherName', header: t('residents.fatherName'), secondary: true, render: (p) => p.fatherName || <span className="subtle">—</span> },
    { key: 'nationalId', header: t('residents.nationalId'), render: (p) => <NationalIdText person={p} /> },
  ];
  return <DataTable caption={t('residents.membersCard', { count: household.members.length })} columns={columns} rows={household.members} rowKey={(p) => p.id} emptyMessage={t('residents.noMembers')} />;
}

function MoveHistory({ moves }: { moves: Household['moves'] }) {
  const { t, fmt } = useI18n();
  const columns: Column<Household['moves'][number]>[] = [
    { key: 'movedOn', header: t('residents.movedOn'), render: (m) => <span className="num">{fmt.date(m.movedOn)}</span> },
    { key: 'from', header: t('residents.movedFrom'), render: (m) => <span lang="fa">{m.fromNeighborhoodNameFa}</span> },
    { key: 'to', header: t('residents.movedTo'), render: (m) => <span lang="fa">{m.toNeighborhoodNameFa}</span> },
  ];
  return <DataTable caption={t('residents.movesCard')} columns={columns} rows={moves} rowKey={(m) => `${m.movedOn}-${m.fromNeighborhoodNameFa}-${m.toNeighborhoodNameFa}`} emptyMessage={t('residents.noMoves')} />;
}
