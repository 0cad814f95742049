import { Link } from 'react-router';
import type { NeighborhoodResidentStats } from '../../../modules/residents/residents.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/residents.css';
import { BreakdownList } from '../overview/BreakdownList.tsx';
import { axisColors, useBandLabel } from './age-bands.ts';
import { AgeBandChart } from './AgeBandChart.tsx';
import { useNeighborhoodResidentStats } from './residents-queries.ts';

/**
 * A neighbourhood's numbers counted from the residents registry (not the profile's declared
 * figures): people, households, sex, axis, age, insurance, schooling, work, missing IDs. Counts
 * only, so everyone who sees the neighbourhood sees them; staff who serve people get links to them.
 */
export function NeighborhoodResidentsCard({ neighborhoodId }: { neighborhoodId: number }) {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const stats = useNeighborhoodResidentStats(neighborhoodId);

  return (
    <Card
      className="residents-stats-card"
      title={
        <span className="row">
          <span>{t('residents.statsTitle')}</span>
          {stats.data && <span className="card-title-note">{t('residents.asOf', { date: fmt.date(stats.data.asOf) })}</span>}
        </span>
      }
      actions={
        can('persons.read') && (
          <>
            <Link to={`/persons?neighborhood=${neighborhoodId}`} className="btn btn-ghost btn-sm">
              {t('residents.peopleOfNeighborhood')}
            </Link>
            {can('persons.write') && (
              <LinkButton to={`/households/new?neighborhood=${neighborhoodId}`} size="sm">
                <PlusIcon />
                {t('residents.newHousehold')}
              </LinkButton>
            )}
          </>
        )
      }
    >
      {stats.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : stats.isError ? (
        <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.residents === 0 && stats.data.households === 0 ? (
        <p className="subtle">{t('residents.statsEmpty')}</p>
      ) : (
        <ResidentStats stats={stats.data} />
      )}
    </Card>
  );
}

function ResidentStats({ stats: s }: { stats: NeighborhoodResidentStats }) {
  const { t, fmt } = useI18n();
  const bandLabel = useBandLabel();
  const share = (part: number, whole: number) => (whole > 0 ? fmt.percent(part / whole) : '—');
  return (
    <div className="stack">
      <div className="stat-grid residents-stat-grid">
        <StatCard label={t('residents.statResidents')} value={fmt.number(s.residents)} />
        <StatCard label={t('residents.statHouseholds')} value={fmt.number(s.households)} />
        <StatCard
          label={t('residents.statFemaleHeaded')}
          value={fmt.number(s.femaleHeadedHouseholds)}
          hint={t('residents.shareOfHouseholds', { share: share(s.femaleHeadedHouseholds, s.households) })}
        />
        <StatCard label={t('residents.statInsured')} value={fmt.number(s.insured)} hint={t('residents.shareOfResidents', { share: share(s.insured, s.residents) })} />
        <StatCard
          label={t('residents.statInSchool')}
          value={t('residents.inSchoolOf', { count: s.inSchool6to17, total: s.children6to17 })}
          hint={t('residents.inSchoolHint', { share: share(s.inSchool6to17, s.children6to17) })}
        />
        <StatCard label={t('residents.statEmployed')} value={fmt.number(s.employed)} hint={t('residents.shareOfResidents', { share: share(s.employed, s.residents) })} />
        <StatCard label={t('residents.statWithoutId')} value={fmt.number(s.withoutNationalId)} hint={t('residents.shareOfResidents', { share: share(s.withoutNationalId, s.residents) })} />
      </div>
      <div className="residents-breakdowns">
        <div className="stack">
          <section>
            <h3 className="residents-subtitle">{t('residents.bySex')}</h3>
            <BreakdownList
              caption={t('residents.bySex')}
              items={[
                { key: 'female', label: t('residents.sex.female'), count: s.bySex.female, color: '#b45309' },
                { key: 'male', label: t('residents.sex.male'), count: s.bySex.male, color: '#0f5f7a' },
              ]}
            />
          </section>
          <section>
            <h3 className="residents-subtitle">{t('residents.byAxis')}</h3>
            <BreakdownList
              caption={t('residents.byAxis')}
              items={[
                { key: 'transformation', label: t('residents.axisLong.transformation'), count: s.byAxis.transformation, color: axisColors.transformation },
                { key: 'empowerment', label: t('residents.axisLong.empowerment'), count: s.byAxis.empowerment, color: axisColors.empowerment },
                ...(s.byAxis.unknown > 0 ? [{ key: 'unknown', label: t('residents.ageUnknown'), count: s.byAxis.unknown, color: axisColors.unknown }] : []),
              ]}
            />
          </section>
        </div>
        <section>
          <h3 className="residents-subtitle">{t('residents.byAgeBand')}</h3>
          <AgeBandChart bands={s.byAgeBand} />
          {/* The chart's figures as a table, for screen readers and print. */}
          <div className="visually-hidden">
            <BreakdownList caption={t('residents.byAgeBand')} items={s.byAgeBand.map((entry) => ({ key: entry.band, label: bandLabel(entry.band), count: entry.count }))} />
          </div>
        </section>
      </div>
    </div>
  );
}
