import { useState } from 'react';
import { Link } from 'react-router';
import type { Resolution } from '../../../modules/meetings/resolutions.schemas.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { usePackages } from '../reference/reference-queries.ts';
import { resolutionDuration } from './deadline-words.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { ResolutionForm } from './ResolutionForm.tsx';
import { OverdueBadge, ResolutionStatusBadge } from '../resolutions/ResolutionBadges.tsx';

const isOpen = (r: Resolution) => r.status === 'not_started' || r.status === 'in_progress';

/** The meeting's resolutions as the minutes table (row, text, responsible agency, deadline) with their status. */
export function ResolutionsSection({ editing }: { editing: MeetingEditing }) {
  const { t, fmt, locale } = useI18n();
  const packages = usePackages();
  const [adding, setAdding] = useState(false);
  const { meeting } = editing;
  const packageName = (code: string) => {
    const found = packages.data?.find((p) => p.code === code);
    return found ? pickName(found, locale) : code;
  };
  const canAdd = editing.canWrite && meeting.status !== 'planned';

  const columns: Column<Resolution>[] = [
    {
      key: 'row',
      header: t('meetings.row'),
      numeric: true,
      width: '4rem',
      render: (r) => (
        <Link to={`/resolutions/${r.id}`} className="cell-title" aria-label={t('meetings.openResolution', { row: r.rowNumber })}>
          {fmt.number(r.rowNumber)}
        </Link>
      ),
    },
    {
      key: 'text',
      header: t('meetings.resolution'),
      render: (r) => (
        <div className="resolution-cell">
          <p className="resolution-text" dir="auto">
            {r.text}
          </p>
          {r.neighborhoods.length > 0 && <p className="subtle">{t('meetings.linkedNeighborhoods', { names: r.neighborhoods.map((n) => n.nameFa).join('، ') })}</p>}
          {r.packageCodes.length > 0 && <p className="subtle">{t('meetings.linkedPackages', { names: r.packageCodes.map(packageName).join('، ') })}</p>}
          <Link to={`/resolutions/${r.id}`} className="resolution-link">
            {t('meetings.followUpLink')}
          </Link>
        </div>
      ),
    },
    {
      key: 'agency',
      header: t('meetings.actor'),
      render: (r) => (
        <span className="stack-tight">
          <span>{r.leadAgencyNameFa}</span>
          {r.coAgencyNamesFa.length > 0 && <span className="subtle">{t('meetings.withCo', { names: r.coAgencyNamesFa.join('، ') })}</span>}
        </span>
      ),
    },
    {
      key: 'deadline',
      header: t('meetings.deadline'),
      render: (r) => {
        const duration = resolutionDuration(r, t, locale);
        return (
          <span className="stack-tight">
            {duration && <span>{duration}</span>}
            <span className={duration ? 'subtle num' : 'num'}>{fmt.date(r.deadline)}</span>
            {r.deadline !== r.originalDeadline && <span className="subtle num">{t('meetings.originalDeadline', { date: fmt.date(r.originalDeadline) })}</span>}
          </span>
        );
      },
    },
    {
      key: 'status',
      header: t('meetings.statusLabel'),
      render: (r) => (
        <span className="stack-tight">
          <span className="row">
            <ResolutionStatusBadge status={r.status} />
            {r.overdue && <OverdueBadge delayDays={r.delayDays} />}
          </span>
          <span className="subtle num">{t('meetings.progress', { progress: fmt.percent(r.progress / 100) })}</span>
          {isOpen(r) && !r.overdue && r.daysLeft !== null && <span className="subtle num">{t('resolutions.daysLeft', { days: r.daysLeft })}</span>}
        </span>
      ),
    },
  ];

  return (
    <Card
      title={t('meetings.resolutionsTitle', { count: meeting.resolutions.length })}
      flush
      actions={
        canAdd &&
        !adding && (
          <Button size="sm" variant="primary" onClick={() => setAdding(true)}>
            <PlusIcon />
            {t('meetings.resolutionAdd')}
          </Button>
        )
      }
    >
      {editing.canWrite && meeting.status === 'planned' && <p className="card-inset subtle">{t('meetings.resolutionsAfterHeld')}</p>}
      {adding && (
        <div className="inline-form-panel">
          <ResolutionForm editing={editing} onDone={() => setAdding(false)} />
        </div>
      )}
      <DataTable
        caption={t('meetings.resolutionsTitle', { count: meeting.resolutions.length })}
        columns={columns}
        rows={meeting.resolutions}
        rowKey={(r) => r.id}
        emptyMessage={t('meetings.resolutionsEmpty')}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : undefined)}
      />
    </Card>
  );
}
