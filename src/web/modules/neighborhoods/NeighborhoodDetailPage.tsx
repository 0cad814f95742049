import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { Card } from '../../components/Card.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon, MapPinIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { NeighborhoodResidentsCard } from '../residents/NeighborhoodResidentsCard.tsx';
import { DeleteNeighborhoodButton } from './DeleteNeighborhoodButton.tsx';
import { HousesSection } from './HousesSection.tsx';
import { useNeighborhood } from './neighborhood-queries.ts';
import { SeverityBadge, StatusBadge } from './SeverityBadge.tsx';

/** Everything about one neighbourhood, its houses, and the actions the user may take. */
export function NeighborhoodDetailPage() {
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const id = Number(useParams().id);
  const query = useNeighborhood(id);

  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const n = query.data;
  const en = locale === 'en';
  const name = en && n.nameEn ? n.nameEn : n.nameFa;
  const place = en ? [n.cityNameEn, n.countyNameEn, n.provinceNameEn] : [n.cityNameFa, n.countyNameFa, n.provinceNameFa];
  const hasLocation = n.latitude !== null && n.longitude !== null;
  const mapHref = hasLocation ? `https://www.openstreetmap.org/?mlat=${n.latitude}&mlon=${n.longitude}#map=16/${n.latitude}/${n.longitude}` : null;
  const steward = n.stewardAgencyCode ? ((en ? n.stewardAgencyNameEn : n.stewardAgencyNameFa) ?? n.stewardAgencyNameFa) : null;
  const house = (en ? n.stewardHouseNameEn : n.stewardHouseNameFa) ?? n.stewardHouseNameFa;

  return (
    <div className="page">
      <PageHeader
        title={name}
        subtitle={
          <span className="row">
            <span className="ltr code">{n.code}</span>
            <span aria-hidden="true">·</span>
            <span>{place.join(locale === 'fa' ? '، ' : ', ')}</span>
            <SeverityBadge severity={n.severity} />
            <StatusBadge status={n.status} />
          </span>
        }
        breadcrumbs={[{ label: t('nav.neighborhoods'), to: '/neighborhoods' }]}
        actions={
          can('neighborhoods.write') && (
            <>
              <LinkButton to={`/neighborhoods/${n.id}/edit`} variant="primary">
                <EditIcon />
                {t('common.edit')}
              </LinkButton>
              <DeleteNeighborhoodButton id={n.id} name={name} />
            </>
          )
        }
      />
      <div className="detail-grid">
        <Card title={t('nbh.detailsCard')}>
          <DescriptionList
            items={[
              { term: t('nbh.code'), value: <span className="ltr code">{n.code}</span> },
              { term: t('nbh.nameFa'), value: n.nameFa },
              { term: t('nbh.nameEn'), value: n.nameEn ? <span lang="en">{n.nameEn}</span> : '—' },
              { term: t('nbh.population'), value: <span className="num">{fmt.number(n.population)}</span> },
              { term: t('nbh.households'), value: <span className="num">{fmt.number(n.households)}</span> },
              { term: t('nbh.areaHectares'), value: <span className="num">{fmt.decimal(n.areaHectares)}</span> },
              { term: t('nbh.fabric'), value: <Badge>{t(`fabric.${n.fabric}`)}</Badge> },
              { term: t('nbh.severity'), value: <SeverityBadge severity={n.severity} /> },
              { term: t('nbh.status'), value: <StatusBadge status={n.status} /> },
              { term: t('nbh.createdAt'), value: <span className="num">{fmt.dateTime(n.createdAt)}</span> },
              { term: t('nbh.updatedAt'), value: <span className="num">{fmt.dateTime(n.updatedAt)}</span> },
              { term: t('nbh.version'), value: <span className="num">{fmt.number(n.version)}</span> },
            ]}
          />
        </Card>
        <div className="stack">
          <Card title={t('nbh.placeCard')}>
            <DescriptionList
              items={[
                { term: t('nbh.province'), value: <Link to={`/provinces/${n.provinceCode}`}>{en ? n.provinceNameEn : n.provinceNameFa}</Link> },
                { term: t('nbh.county'), value: en ? n.countyNameEn : n.countyNameFa },
                { term: t('nbh.city'), value: en ? n.cityNameEn : n.cityNameFa },
                {
                  term: t('nbh.location'),
                  value: hasLocation ? (
                    <span className="stack-tight">
                      <span className="ltr num">
                        {fmt.decimal(n.latitude, 5)}, {fmt.decimal(n.longitude, 5)}
                      </span>
                      {mapHref && (
                        <a href={mapHref} target="_blank" rel="noreferrer noopener" className="inline-icon-link">
                          <MapPinIcon />
                          {t('nbh.openMap')}
                        </a>
                      )}
                    </span>
                  ) : (
                    '—'
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('nbh.stewardCard')}>
            <DescriptionList
              items={[
                { term: t('nbh.steward'), value: steward ?? t('nbh.noSteward') },
                { term: t('nbh.stewardHouse'), value: house ?? '—' },
              ]}
            />
          </Card>
        </div>
      </div>
      <NeighborhoodResidentsCard neighborhoodId={n.id} />
      <Card title={t('nbh.profile')}>{n.profile ? <p className="profile-text">{n.profile}</p> : <p className="subtle">{t('nbh.profileEmpty')}</p>}</Card>
      <HousesSection neighborhoodId={n.id} />
    </div>
  );
}
