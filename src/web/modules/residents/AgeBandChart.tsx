import { useMemo } from 'react';
import type { NeighborhoodResidentStats } from '../../../modules/residents/residents.schemas.ts';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { axisColors, isTransformationBand, useBandLabel } from './age-bands.ts';

type AgeBands = NeighborhoodResidentStats['byAgeBand'];

/**
 * Residents by age band as horizontal bars, youngest at the bottom like an age pyramid; bands of
 * the transformation axis (to 30) and the empowerment axis (over 30) in their own colours.
 */
export function AgeBandChart({ bands }: { bands: AgeBands }) {
  const { t, fmt, dir } = useI18n();
  const bandLabel = useBandLabel();
  const option = useMemo(() => {
    const rtl = dir === 'rtl';
    // ECharts draws SVG text left to right: a right-to-left mark makes «۳۱ تا ۵۹ سال» read in order.
    const label = (band: string) => (rtl ? `\u200f${bandLabel(band)}` : bandLabel(band));
    const count = (value: unknown) => (typeof value === 'number' ? fmt.number(value) : '—');
    return {
      textStyle: { fontFamily: chartFont, color: chartColors.text },
      animationDuration: 400,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: chartFont }, valueFormatter: count },
      grid: { top: 8, bottom: 8, left: 8, right: 8, containLabel: true },
      xAxis: {
        type: 'value',
        inverse: rtl,
        minInterval: 1,
        axisLabel: { formatter: (value: number) => count(value), color: chartColors.muted },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        // ECharts draws the first category at the bottom: the youngest band is the pyramid's base.
        data: bands.map((entry) => label(entry.band)),
        axisTick: { show: false },
        axisLabel: { color: chartColors.text, fontSize: 12 },
      },
      series: [
        {
          name: t('residents.statResidents'),
          type: 'bar',
          barCategoryGap: '25%',
          label: { show: true, position: rtl ? 'left' : 'right', formatter: (params: { value: unknown }) => count(params.value), color: chartColors.muted, fontSize: 11 },
          data: bands.map((entry) => ({
            value: entry.count,
            itemStyle: { color: isTransformationBand(entry.band) ? axisColors.transformation : axisColors.empowerment, borderRadius: 2 },
          })),
        },
      ],
    };
  }, [bands, t, fmt, dir, bandLabel]);
  return <LazyChart option={option} height={Math.max(180, bands.length * 36 + 24)} ariaLabel={t('residents.byAgeBand')} />;
}
