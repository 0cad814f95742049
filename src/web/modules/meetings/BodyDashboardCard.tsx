import { useMemo } from 'react';
import { Link } from 'react-router';
import type { BodyDashboard } from '../../../modules/meetings/meetings.schemas.ts';
import { resolutionStatuses, type ResolutionStatus } from '../../../modules/meetings/resolutions.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { chartColors, chartFont } from '../../components/charts/chart-theme.ts';
import { LazyChart } from '../../components/charts/LazyChart.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useBodyDashboard } from './meetings-api.ts';

export const statusColors: Record<ResolutionStatus, string> = {
  not_started: '#9aa4b2',
  in_progress: chartColors.identified,
  done: '#1f7a4d',
  stopped: '#ca8a04',
  cancelled: '#d5dae1',
};
const overdueColor = '#b42318';

type MeetingBar = BodyDashboard['byMeeting'][number];
const count = (byStatus: Partial<Record<ResolutionStatus, number>>, status: ResolutionStatus) => byStatus[status] ?? 0;

/** Resolutions by status for each meeting (stacked), with the overdue ones beside them. */
function DashboardChart({ dashboard }: { dashboard: BodyDashboard }) {
  const { t, fmt, dir } = useI18n();
  const option = useMemo(() => {
    const rtl = dir === 'rtl';
    const meetings = dashboard.byMeeting;
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
      grid: { top: 56, bottom: 8, left: 8, right: 8, containLabel: true },
      // The first meeting on the reading side: the right in Persian.
      xAxis: { type: 'category', inverse: rtl, data: meetings.map((m) => t('meetings.numberShort', { number: m.number })), axisTick: { show: false } },
      yAxis: {
        type: 'value',
        position: rtl ? 'right' : 'left',
        minInterval: 1,
        axisLabel: { formatter: (value: number) => fmt.number(value), color: chartColors.muted },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      series: [
        ...resolutionStatuses.map((status) => ({
          name: t(`resolutions.status.${status}`),
          type: 'bar',
          stack: 'status',
          barMaxWidth: 36,
          data: meetings.map((m) => count(m.byStatus, status)),
          itemStyle: { color: statusColors[status] },
        })),
        { name: t('resolutions.overdue'), type: 'bar', barMaxWidth: 14, data: meetings.map((m) => m.overdue), itemStyle: { color: overdueColor, borderRadius: 2 } },
      ],
    };
  }, [dashboard, t, fmt, dir]);
  return <LazyChart option={option} height={320} ariaLabel={t('bodies.dashboardChart')} />;
}

/** The same figures as the chart, as a table. */
function DashboardTable({ dashboard }: { dashboard: BodyDashboard }) {
  const { t, fmt } = useI18n();
  const columns: Column<MeetingBar>[] = [
    {
      key: 'meeting',
      header: t('meetings.meeting'),
      render: (m) => (
        <Link to={`/meetings/${m.meetingId}`} className="num">
          {t('meetings.numberShort', { number: m.number })} · {fmt.date(m.heldOn)}
        </Link>
      ),
    },
    { key: 'total', header: t('common.total'), numeric: true, render: (m) => fmt.number(m.total) },
    ...resolutionStatuses.map((status) => ({
      key: status,
      header: t(`resolutions.status.${status}`),
      numeric: true,
      secondary: status === 'cancelled' || status === 'stopped',
      render: (m: MeetingBar) => fmt.number(count(m.byStatus, status)),
    })),
    { key: 'overdue', header: t('resolutions.overdue'), numeric: true, render: (m) => <span className={m.overdue > 0 ? 'text-danger' : undefined}>{fmt.number(m.overdue)}</span> },
  ];
  return <DataTable caption={t('bodies.dashboardTable')} columns={columns} rows={dashboard.byMeeting} rowKey={(m) => m.meetingId} emptyMessage={t('bodies.noMeetings')} />;
}

/** The body's record of decisions: totals, the chart per meeting and its table. */
export function BodyDashboardCard({ bodyId }: { bodyId: number }) {
  const { t, fmt } = useI18n();
  const dashboard = useBodyDashboard(bodyId);
  const data = dashboard.data;
  const total = data ? resolutionStatuses.reduce((sum, status) => sum + count(data.byStatus, status), 0) : 0;
  const open = data ? count(data.byStatus, 'not_started') + count(data.byStatus, 'in_progress') : 0;

  return (
    <Card title={t('bodies.dashboard')} actions={data && <span className="subtle num">{t('bodies.asOf', { date: fmt.date(data.asOf) })}</span>}>
      {dashboard.isPending && <Spinner label={t('app.loading')} />}
      {dashboard.isError && <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {data && (
        <div className="stack">
          <div className="stat-grid">
            <StatCard label={t('bodies.totalResolutions')} value={fmt.number(total)} />
            <StatCard label={t('bodies.openResolutions')} value={fmt.number(open)} />
            <StatCard label={t('resolutions.status.done')} value={fmt.number(count(data.byStatus, 'done'))} />
            <StatCard label={t('bodies.overdueResolutions')} value={fmt.number(data.overdue)} />
          </div>
          {data.byMeeting.length > 0 ? <DashboardChart dashboard={data} /> : <p className="subtle">{t('bodies.noMeetings')}</p>}
          {data.byMeeting.length > 0 && <DashboardTable dashboard={data} />}
        </div>
      )}
    </Card>
  );
}
