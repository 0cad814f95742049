import { useState } from 'react';
import { useParams } from 'react-router';
import { neighborhoodStatuses, severities } from '../../../modules/geography/geography.schemas.ts';
import { useSession } from '../../auth/useSession.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { chartColors } from '../../components/charts/chart-theme.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon, NeighborhoodIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { BreakdownList } from './BreakdownList.tsx';
import { CountyTable } from './CountyTable.tsx';
import { useProvince } from './province-queries.ts';
import { QuotaEditor } from './QuotaEditor.tsx';
import { QuotaProgress } from './QuotaProgress.tsx';
import { quotaRatio } from './quota.ts';
import { SeverityChart } from './SeverityChart.tsx';

/** One province: quota against identified (editable quota), breakdowns and counties. */
export function ProvincePage() {
  const { code = '' } = useParams();
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const province = useProvince(code);
  const [editing, setEditing] = useState(false);

  if (province.isPending) return <Spinner label={t('app.loading')} />;
  if (province.isError) return <ErrorNotice error={province.error} onRetry={() => void province.refetch()} />;
  const p = province.data;
  const name = pickName(p, locale);
  const countOf = <K extends string>(entries: Array<{ count: number } & Record<string, unknown>>, field: string, value: K) =>
    entries.find((entry) => entry[field] === value)?.count ?? 0;

  return (
    <div className="page">
      <PageHeader
        title={t('province.title', { name })}
        breadcrumbs={[{ label: t('nav.overview'), to: '/overview' }]}
        actions={
          <LinkButton to={`/neighborhoods?province=${encodeURIComponent(p.code)}`} variant="primary">
            <NeighborhoodIcon />
            {t('province.viewNeighborhoods')}
          </LinkButton>
        }
      />
      <div className="stat-grid">
        <div className="stat-card">
          {!editing && <div className="stat-label">{t('province.quota')}</div>}
          {editing ? (
            <QuotaEditor provinceCode={p.code} quota={p.quota} onDone={() => setEditing(false)} />
          ) : (
            <div className="stat-value-row">
              <span className="stat-value num">{fmt.number(p.quota)}</span>
              {can('provinces.quota') && (
                <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
                  <EditIcon />
                  {t('province.editQuota')}
                </Button>
              )}
            </div>
          )}
        </div>
        <StatCard label={t('province.identified')} value={fmt.number(p.identified)} />
        <StatCard label={t('province.identifiedPopulation')} value={fmt.number(p.identifiedPopulation)} />
        <StatCard label={t('province.targetCount')} value={fmt.number(p.targetCount)} hint={`${t('province.population2016')}: ${fmt.number(p.population2016)}`} />
      </div>
      <Card title={t('province.quotaCard')}>
        <div className="province-progress">
          <QuotaProgress ratio={quotaRatio(p.identified, p.quota)} />
          <span className="muted">{t('province.progress', { percent: fmt.percent(quotaRatio(p.identified, p.quota)) })}</span>
        </div>
      </Card>
      <div className="breakdown-grid">
        <Card title={t('province.bySeverity')}>
          <SeverityChart bySeverity={p.bySeverity} />
          <BreakdownList
            caption={t('province.bySeverity')}
            items={severities.map((severity) => ({
              key: severity,
              label: t(`severity.${severity}`),
              count: countOf(p.bySeverity, 'severity', severity),
              color: chartColors.severity[severity],
            }))}
          />
        </Card>
        <Card title={t('province.byStatus')}>
          <BreakdownList
            caption={t('province.byStatus')}
            items={neighborhoodStatuses.map((status) => ({ key: status, label: t(`status.${status}`), count: countOf(p.byStatus, 'status', status) }))}
          />
        </Card>
        <Card title={t('province.bySteward')}>
          <BreakdownList
            caption={t('province.bySteward')}
            items={p.bySteward.map((entry) => ({
              key: entry.agencyCode ?? 'none',
              label: entry.agencyCode ? pickName({ nameFa: entry.nameFa, nameEn: entry.nameEn }, locale) : t('province.noSteward'),
              count: entry.count,
            }))}
          />
        </Card>
      </div>
      <Card title={t('province.counties')} flush>
        <CountyTable provinceCode={p.code} counties={p.counties} />
      </Card>
    </div>
  );
}
