import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useProvinces } from '../reference/reference-queries.ts';
import { ProvinceTable } from './ProvinceTable.tsx';
import { QuotaChart } from './QuotaChart.tsx';

/** The national picture: headline figures, provinces table and quota chart. */
export function OverviewPage() {
  const { t, fmt } = useI18n();
  const provinces = useProvinces();
  const items = provinces.data;
  const sum = (pick: (p: NonNullable<typeof items>[number]) => number) => (items ? fmt.number(items.reduce((total, p) => total + pick(p), 0)) : '…');

  return (
    <div className="page">
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      {provinces.isError && <ErrorNotice error={provinces.error} onRetry={() => void provinces.refetch()} />}
      <div className="stat-grid">
        <StatCard label={t('overview.kpiQuota')} value={sum((p) => p.quota)} />
        <StatCard label={t('overview.kpiIdentified')} value={sum((p) => p.identified)} />
        <StatCard label={t('overview.kpiPopulation')} value={sum((p) => p.identifiedPopulation)} />
        <StatCard label={t('overview.kpiTargets')} value={sum((p) => p.targetCount)} />
      </div>
      <div className="overview-grid">
        <Card title={t('overview.tableTitle')} flush>
          <ProvinceTable provinces={items} loading={provinces.isPending} />
        </Card>
        <Card title={t('overview.chartTitle')}>{items ? <QuotaChart provinces={items} /> : <div className="chart-placeholder" style={{ height: 320 }} />}</Card>
      </div>
    </div>
  );
}
