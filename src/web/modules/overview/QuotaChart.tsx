import { useMemo } from 'react';
import type { ProvinceSummary } from '../../../modules/geography/geography.schemas.ts';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** Quota against identified neighbourhoods, one pair of horizontal bars per province. */
export function QuotaChart({ provinces }: { provinces: ProvinceSummary[] }) {
  const { t, fmt, locale, dir } = useI18n();
  const option = useMemo(() => {
    // Largest quota at the top: ECharts draws the first category at the bottom.
    const sorted = [...provinces].sort((a, b) => a.quota - b.quota || a.identified - b.identified);
    const rtl = dir === 'rtl';
    return {
      textStyle: { fontFamily: chartFont, color: chartColors.text },
      animationDuration: 400,
      legend: { top: 0, [rtl ? 'right' : 'left']: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: chartFont } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        textStyle: { fontFamily: chartFont },
        valueFormatter: (value: unknown) => (typeof value === 'number' ? fmt.number(value) : String(value)),
      },
      grid: { top: 32, bottom: 8, left: 8, right: 8, containLabel: true },
      xAxis: {
        type: 'value',
        inverse: rtl,
        axisLabel: { formatter: (value: number) => fmt.number(value), color: chartColors.muted },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: sorted.map((p) => pickName(p, locale)),
        axisTick: { show: false },
        axisLabel: { color: chartColors.text, fontSize: 12 },
      },
      series: [
        { name: t('overview.quota'), type: 'bar', data: sorted.map((p) => p.quota), itemStyle: { color: chartColors.quota, borderRadius: 2 }, barGap: '10%', barCategoryGap: '30%' },
        { name: t('overview.identified'), type: 'bar', data: sorted.map((p) => p.identified), itemStyle: { color: chartColors.identified, borderRadius: 2 } },
      ],
    };
  }, [provinces, t, fmt, locale, dir]);
  return <LazyChart option={option} height={Math.max(320, provinces.length * 26 + 60)} ariaLabel={t('overview.chartTitle')} />;
}
