import { useState } from 'react';
import type { ScorecardRow } from '../../../modules/meetings/resolutions.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { sortRows } from '../../components/client-sort.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useBodyScorecard } from './meetings-api.ts';

/** How each lead agency of this body's resolutions is doing: done, on time, overdue, delay. */
export function BodyScorecardCard({ bodyId }: { bodyId: number }) {
  const { t, fmt, locale } = useI18n();
  const scorecard = useBodyScorecard(bodyId);
  const [sort, setSort] = useState('-overdue');
  // The API gives percentages (0–100); the formatter takes ratios.
  const percent = (value: number | null) => (value === null ? '—' : fmt.percent(value / 100));
  const rows = scorecard.data
    ? sortRows(
        scorecard.data.items,
        sort,
        {
          agency: (r) => r.agencyNameFa,
          total: (r) => r.total,
          done: (r) => r.done,
          open: (r) => r.open,
          overdue: (r) => r.overdue,
          donePercent: (r) => r.donePercent,
          onTimePercent: (r) => r.onTimePercent,
          delay: (r) => r.averageDelayDays,
        },
        locale,
      )
    : undefined;

  const columns: Column<ScorecardRow>[] = [
    { key: 'agency', header: t('meetings.agency'), sortKey: 'agency', render: (r) => <span className="cell-title">{r.agencyNameFa}</span> },
    { key: 'total', header: t('common.total'), sortKey: 'total', numeric: true, render: (r) => fmt.number(r.total) },
    { key: 'done', header: t('resolutions.status.done'), sortKey: 'done', numeric: true, render: (r) => fmt.number(r.done) },
    { key: 'open', header: t('bodies.open'), sortKey: 'open', numeric: true, render: (r) => fmt.number(r.open) },
    { key: 'overdue', header: t('resolutions.overdue'), sortKey: 'overdue', numeric: true, render: (r) => <span className={r.overdue > 0 ? 'text-danger' : undefined}>{fmt.number(r.overdue)}</span> },
    { key: 'donePercent', header: t('bodies.donePercent'), sortKey: 'donePercent', numeric: true, render: (r) => percent(r.donePercent) },
    { key: 'onTimePercent', header: t('bodies.onTimePercent'), sortKey: 'onTimePercent', numeric: true, render: (r) => percent(r.onTimePercent) },
    {
      key: 'delay',
      header: t('bodies.averageDelay'),
      sortKey: 'delay',
      numeric: true,
      secondary: true,
      render: (r) => (r.averageDelayDays === null ? '—' : t('meetings.days', { days: fmt.decimal(r.averageDelayDays, 1) })),
    },
  ];

  return (
    <Card title={t('bodies.scorecard')} flush>
      {scorecard.isError ? (
        <div className="card-inset">
          <ErrorNotice error={scorecard.error} onRetry={() => void scorecard.refetch()} />
        </div>
      ) : (
        <DataTable caption={t('bodies.scorecard')} columns={columns} rows={rows} rowKey={(r) => r.agencyCode} sort={sort} onSortChange={setSort} loading={scorecard.isFetching} emptyMessage={t('bodies.scorecardEmpty')} />
      )}
    </Card>
  );
}
