import { Link } from 'react-router';
import type { MeetingSummary } from '../../../modules/meetings/meetings.schemas.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { MeetingStatusBadge } from './MeetingStatusBadge.tsx';
import { weekdayOf } from './weekday.ts';

interface MeetingTableProps {
  rows: MeetingSummary[] | undefined;
  loading: boolean;
  sort?: string;
  onSortChange?(sort: string): void;
  /** On a body's page every row is of that body. */
  showBody?: boolean;
  emptyMessage?: string;
}

/** Meetings with their date, place, status and resolutions; the number opens the meeting. */
export function MeetingTable({ rows, loading, sort, onSortChange, showBody = true, emptyMessage }: MeetingTableProps) {
  const { t, fmt, locale } = useI18n();
  const columns: Column<MeetingSummary>[] = [
    {
      key: 'number',
      header: t('meetings.number'),
      sortKey: 'number',
      numeric: true,
      render: (m) => (
        <Link to={`/meetings/${m.id}`} className="cell-title">
          {t('meetings.numberShort', { number: m.number })}
        </Link>
      ),
    },
  ];
  if (showBody) {
    columns.push({
      key: 'body',
      header: t('meetings.body'),
      render: (m) => (
        <span className="stack-tight">
          <Link to={`/bodies/${m.bodyId}`}>{m.bodyNameFa}</Link>
          {m.provinceNameFa && !m.bodyNameFa.includes(m.provinceNameFa) && <span className="subtle">{m.provinceNameFa}</span>}
        </span>
      ),
    });
  }
  columns.push(
    {
      key: 'heldOn',
      header: t('meetings.heldOn'),
      sortKey: 'heldOn',
      render: (m) => (
        <span className="stack-tight">
          <span className="num">{fmt.date(m.heldOn)}</span>
          <span className="subtle">{weekdayOf(m.heldOn, locale) || m.weekdayFa}</span>
        </span>
      ),
    },
    { key: 'time', header: t('meetings.startTime'), secondary: true, render: (m) => (m.startTime ? <span className="num">{fmt.digits(m.startTime)}</span> : '—') },
    { key: 'place', header: t('meetings.place'), secondary: true, render: (m) => m.place || '—' },
    { key: 'status', header: t('meetings.statusLabel'), render: (m) => <MeetingStatusBadge status={m.status} /> },
    {
      key: 'resolutions',
      header: t('meetings.resolutionsOpenTotal'),
      numeric: true,
      render: (m) => `${fmt.number(m.openResolutionCount)} / ${fmt.number(m.resolutionCount)}`,
    },
  );
  return (
    <DataTable
      caption={t('meetings.listTitle')}
      columns={columns}
      rows={rows}
      rowKey={(m) => m.id}
      sort={sort}
      onSortChange={onSortChange}
      loading={loading}
      emptyMessage={emptyMessage ?? t('meetings.empty')}
    />
  );
}
