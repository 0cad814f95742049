import { useMemo } from 'react';
import type { ScorecardRow } from '../../../modules/meetings/resolutions.schemas.ts';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencyName } from './resolution-names.ts';

const doneColor = chartColors.identified;
const onTimeColor = '#65a30d';

/** Done % and on-time % per agency as pairs of horizontal bars, the best at the top. */
export function ScorecardChart({ rows }: { rows: ScorecardRow[] }) {
  const { t, fmt, dir } = useI18n();
  const agencyName = useAgencyName();
  const option = useMemo(() => {
    // ECharts draws the first category at the bottom: sort ascending to put the best on top.
    const sorted = [...rows].sort((a, b) => (a.donePercent ?? -1) - (b.donePercent ?? -1) || (a.onTimePercent ?? -1) - (b.onTimePercent ?? -1));
    const rtl = dir === 'rtl';
    const percent = (value: unknown) => (typeof value === 'number' ? fmt.percent(value / 100) : '—');
    return {
      textStyle: { fontFamily: chartFont, color: chartColors.text },
      animationDuration: 400,
      legend: { top: 0, [rtl ? 'right' : 'left']: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: chartFont } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: chartFont }, valueFormatter: percent },
      grid: { top: 32, bottom: 8, left: 8, right: 8, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        inverse: rtl,
        axisLabel: { formatter: (value: number) => percent(value), color: chartColors.muted },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: sorted.map((row) => agencyName(row.agencyCode, row.agencyNameFa)),
        axisTick: { show: false },
        axisLabel: { color: chartColors.text, fontSize: 12, width: 180, overflow: 'truncate' },
      },
      series: [
        { name: t('scorecard.donePercent'), type: 'bar', data: sorted.map((row) => row.donePercent), itemStyle: { color: doneColor, borderRadius: 2 }, barGap: '10%', barCategoryGap: '30%' },
        { name: t('scorecard.onTimePercent'), type: 'bar', data: sorted.map((row) => row.onTimePercent), itemStyle: { color: onTimeColor, borderRadius: 2 } },
      ],
    };
  }, [rows, t, fmt, dir, agencyName]);
  return <LazyChart option={option} height={Math.max(240, rows.length * 44 + 60)} ariaLabel={t('scorecard.chartTitle')} />;
}
