import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/useI18n.ts';
import type { EChartProps } from './EChart.tsx';

const EChart = lazy(() => import('./EChart.tsx'));

/** An ECharts chart whose library is fetched the first time a chart is shown. */
export function LazyChart(props: EChartProps) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.height }}>
          {t('app.loading')}
        </div>
      }
    >
      <EChart {...props} />
    </Suspense>
  );
}
