import { useMemo } from 'react';
import type { ProvinceDetail } from '../../../modules/geography/geography.schemas.ts';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** A small donut of neighbourhoods by deprivation severity. */
export function SeverityChart({ bySeverity }: { bySeverity: ProvinceDetail['bySeverity'] }) {
  const { t, fmt } = useI18n();
  const option = useMemo(
    () => ({
      textStyle: { fontFamily: chartFont },
      tooltip: { trigger: 'item', textStyle: { fontFamily: chartFont }, valueFormatter: (value: unknown) => (typeof value === 'number' ? fmt.number(value) : String(value)) },
      series: [
        {
          type: 'pie',
          radius: ['48%', '78%'],
          avoidLabelOverlap: true,
          label: { show: false },
          data: bySeverity.map((entry) => ({
            name: t(`severity.${entry.severity}`),
            value: entry.count,
            itemStyle: { color: chartColors.severity[entry.severity] },
          })),
        },
      ],
    }),
    [bySeverity, t, fmt],
  );
  return <LazyChart option={option} height={180} ariaLabel={t('province.bySeverity')} />;
}
