import { useState } from 'react';
import { Link } from 'react-router';
import type { Body } from '../../../modules/meetings/meetings.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { sortRows } from '../../components/client-sort.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** Where a body sits: its province and county, or the whole country. */
export function useBodyPlace() {
  const { t } = useI18n();
  return (body: Pick<Body, 'level' | 'provinceNameFa' | 'countyNameFa'>) =>
    body.level === 'national' ? t('bodies.levels.national') : [body.countyNameFa, body.provinceNameFa].filter(Boolean).join('، ');
}

/** The bodies in scope, sorted in the browser (the list comes whole). */
export function BodyTable({ rows, loading }: { rows: Body[] | undefined; loading: boolean }) {
  const { t, fmt, locale } = useI18n();
  const placeOf = useBodyPlace();
  const [sort, setSort] = useState('');
  const sorted = rows
    ? sortRows(
        rows,
        sort,
        {
          name: (b) => b.nameFa,
          place: (b) => placeOf(b),
          meetings: (b) => b.meetingCount,
          last: (b) => b.lastMeetingOn,
          open: (b) => b.openResolutions,
          overdue: (b) => b.overdueResolutions,
        },
        locale,
      )
    : undefined;

  const columns: Column<Body>[] = [
    {
      key: 'name',
      header: t('bodies.name'),
      sortKey: 'name',
      render: (b) => (
        <span className="stack-tight">
          <Link to={`/bodies/${b.id}`} className="cell-title">
            {b.nameFa}
          </Link>
          <span className="subtle">{t(`bodies.kinds.${b.kind}`)}</span>
        </span>
      ),
    },
    { key: 'level', header: t('bodies.level'), render: (b) => t(`bodies.levels.${b.level}`) },
    { key: 'place', header: t('bodies.place'), sortKey: 'place', render: (b) => placeOf(b) || '—' },
    { key: 'meetings', header: t('bodies.meetingCount'), sortKey: 'meetings', numeric: true, render: (b) => fmt.number(b.meetingCount) },
    {
      key: 'last',
      header: t('bodies.lastMeeting'),
      sortKey: 'last',
      render: (b) =>
        b.lastMeetingOn ? (
          <span className="num">
            {fmt.date(b.lastMeetingOn)}
            {b.lastMeetingNumber !== null && <span className="subtle"> ({t('meetings.numberShort', { number: b.lastMeetingNumber })})</span>}
          </span>
        ) : (
          <span className="subtle">{t('bodies.noMeetings')}</span>
        ),
    },
    { key: 'open', header: t('bodies.openResolutions'), sortKey: 'open', numeric: true, render: (b) => fmt.number(b.openResolutions) },
    {
      key: 'overdue',
      header: t('bodies.overdueResolutions'),
      sortKey: 'overdue',
      numeric: true,
      render: (b) => (b.overdueResolutions > 0 ? <Badge tone="danger">{fmt.number(b.overdueResolutions)}</Badge> : fmt.number(0)),
    },
  ];
  return <DataTable caption={t('bodies.title')} columns={columns} rows={sorted} rowKey={(b) => b.id} sort={sort} onSortChange={setSort} loading={loading} emptyMessage={t('bodies.empty')} />;
}
