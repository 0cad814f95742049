import { Link } from 'react-router';
import type { Resolution } from '../../../modules/meetings/resolutions.schemas.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { DeadlineBadge, deadlineState, ProgressBar, ResolutionStatusBadge } from './ResolutionBadges.tsx';
import { useAgencyName } from './resolution-names.ts';

interface ResolutionTableProps {
  caption: string;
  rows: Resolution[] | undefined;
  loading: boolean;
  /** The tracker sorts on the server; "my resolutions" comes sorted by deadline and has no sort. */
  sort?: string;
  onSortChange?(sort: string): void;
  emptyMessage?: string;
  /** "mine": the agency's own list, with a follow-up link on each row. */
  variant?: 'tracker' | 'mine';
}

/** How long a resolution's text may run in a cell before it is cut (the full text is its title). */
const TEXT_PREVIEW = 140;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_PREVIEW ? `${flat.slice(0, TEXT_PREVIEW).trimEnd()}…` : flat;
}

/** Rows of resolutions: where each was passed, what it asks, who does it, by when and how far along. */
export function ResolutionTable({ caption, rows, loading, sort, onSortChange, emptyMessage, variant = 'tracker' }: ResolutionTableProps) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();

  const columns: Column<Resolution>[] = [
    {
      key: 'meeting',
      header: t('resolutions.colMeeting'),
      sortKey: 'meeting',
      render: (r) => (
        <span className="stack-tight res-meeting-cell">
          <span className="row">
            <Link to={`/meetings/${r.meetingId}`} className="num">
              {t('resolutions.meetingNumber', { number: r.meetingNumber })}
            </Link>
            <span className="subtle num">{fmt.date(r.meetingHeldOn)}</span>
          </span>
          <span className="muted res-body-name" lang="fa" dir="auto">
            {r.bodyNameFa}
          </span>
        </span>
      ),
    },
    { key: 'row', header: t('resolutions.colRow'), numeric: true, width: '4em', render: (r) => fmt.number(r.rowNumber) },
    {
      key: 'text',
      header: t('resolutions.colText'),
      render: (r) => (
        <Link to={`/resolutions/${r.id}`} className="res-text-cell" title={r.text} lang="fa" dir="rtl">
          {preview(r.text)}
        </Link>
      ),
    },
    {
      key: 'agency',
      header: t('resolutions.colAgency'),
      render: (r) => (
        <span className="stack-tight res-agency-cell">
          <span>{agencyName(r.leadAgencyCode, r.leadAgencyNameFa)}</span>
          {r.coAgencyCodes.length > 0 && (
            <span className="subtle" title={r.coAgencyCodes.map((code) => agencyName(code)).join(t('resolutions.listSeparator'))}>
              {t('resolutions.plusCoAgencies', { count: r.coAgencyCodes.length })}
            </span>
          )}
        </span>
      ),
    },
    { key: 'deadline', header: t('resolutions.colDeadline'), sortKey: 'deadline', render: (r) => <span className="num">{fmt.date(r.deadline)}</span> },
    {
      key: 'status',
      header: t('resolutions.colStatus'),
      render: (r) => (
        <span className="res-nowrap">
          <ResolutionStatusBadge status={r.status} />
        </span>
      ),
    },
    {
      key: 'delay',
      header: t('resolutions.colDelay'),
      sortKey: variant === 'tracker' ? 'delay' : undefined,
      render: (r) => (
        <span className="res-nowrap">
          <DeadlineBadge resolution={r} />
        </span>
      ),
    },
  ];
  // The agency's own list is about what to report next; its progress is on the resolution page.
  if (variant === 'tracker') columns.splice(6, 0, { key: 'progress', header: t('resolutions.colProgress'), secondary: true, render: (r) => <ProgressBar value={r.progress} /> });
  if (variant === 'mine') {
    columns.push({
      key: 'action',
      header: t('common.actions'),
      render: (r) => (
        <Link to={`/resolutions/${r.id}#follow-up`} className="btn btn-secondary btn-sm res-nowrap">
          {t('resolutions.postFollowUp')}
        </Link>
      ),
    });
  }

  // `delay` has one direction only (most late first), so its header always shows "descending".
  const shownSort = sort === 'delay' ? '-delay' : sort;
  const changeSort = onSortChange ? (next: string) => onSortChange(next === '-delay' || next === 'delay' ? 'delay' : next) : undefined;

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sort={shownSort}
      onSortChange={changeSort}
      loading={loading}
      emptyMessage={emptyMessage}
      rowClassName={(r) => {
        const state = deadlineState(r);
        return state === 'overdue' ? 'res-row-overdue' : state === 'due_soon' ? 'res-row-due-soon' : undefined;
      }}
    />
  );
}
