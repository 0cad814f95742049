import { useMemo } from 'react';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { type ImportCounts as Counts, type ImportOutcome, importOutcomes } from './imports-types.ts';

export const outcomeColors: Record<ImportOutcome, string> = {
  create: '#1f7a4d',
  link: '#0f5f7a',
  update: '#ca8a04',
  unchanged: '#9fb4c7',
  rejected: '#b42318',
};

/** The dry run's (or the commit's) numbers: one card per outcome. `committed` words them as done, not as to do. */
export function ImportCounts({ counts, committed = false }: { counts: Counts; committed?: boolean }) {
  const { t, fmt } = useI18n();
  const tense = committed ? 'done' : 'plan';
  return (
    <div className="stat-grid import-stat-grid">
      <StatCard label={t('imports.count.rows')} value={fmt.number(counts.rows)} />
      {importOutcomes
        .filter((outcome) => outcome !== 'rejected')
        .map((outcome) => (
          <StatCard key={outcome} label={t(`imports.count.${tense}.${outcome}`)} value={fmt.number(counts[outcome])} />
        ))}
      <StatCard label={t(`imports.count.${tense}.rejected`)} value={fmt.number(counts.rejected)} />
    </div>
  );
}

/** The outcomes as bars: at a glance how much of the file is new, known or refused. */
export function ImportOutcomeChart({ counts }: { counts: Counts }) {
  const { t, fmt, dir } = useI18n();
  const option = useMemo(() => {
    const rtl = dir === 'rtl';
    const order: ImportOutcome[] = ['unchanged', 'update', 'link', 'create', 'rejected'];
    const count = (value: unknown) => (typeof value === 'number' ? fmt.number(value) : '—');
    const label = (outcome: ImportOutcome) => (rtl ? `\u200f${t(`imports.outcome.${outcome}`)}` : t(`imports.outcome.${outcome}`));
    return {
      textStyle: { fontFamily: chartFont, color: chartColors.text },
      animationDuration: 300,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: chartFont }, valueFormatter: count },
      grid: { top: 4, bottom: 4, left: 8, right: 8, containLabel: true },
      xAxis: { type: 'value', inverse: rtl, minInterval: 1, axisLabel: { formatter: (value: number) => count(value), color: chartColors.muted }, splitLine: { lineStyle: { color: chartColors.grid } } },
      yAxis: { type: 'category', position: rtl ? 'right' : 'left', data: order.map(label), axisTick: { show: false }, axisLabel: { color: chartColors.text, fontSize: 12 } },
      series: [
        {
          type: 'bar',
          barCategoryGap: '30%',
          label: { show: true, position: rtl ? 'left' : 'right', formatter: (params: { value: unknown }) => count(params.value), color: chartColors.muted, fontSize: 11 },
          data: order.map((outcome) => ({ value: counts[outcome], itemStyle: { color: outcomeColors[outcome], borderRadius: 2 } })),
        },
      ],
    };
  }, [counts, t, fmt, dir]);
  return <LazyChart option={option} height={190} ariaLabel={t('imports.chartLabel')} />;
}
