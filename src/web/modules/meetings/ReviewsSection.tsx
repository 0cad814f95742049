import { useState } from 'react';
import { Link } from 'react-router';
import type { Review } from '../../../modules/meetings/meetings.schemas.ts';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import type { MeetingEditing } from './meeting-editing.ts';
import { ReviewDecisionForm } from './ReviewDecisionForm.tsx';
import { ResolutionStatusBadge, ReviewDecisionBadge } from '../resolutions/ResolutionBadges.tsx';

/** بررسی مصوبات گذشته: the open resolutions of earlier meetings, carried over, and what this meeting decided. */
export function ReviewsSection({ editing }: { editing: MeetingEditing }) {
  const { t, fmt, locale } = useI18n();
  const agencies = useAgencies();
  const [deciding, setDeciding] = useState<number | null>(null);
  const { reviews } = editing.meeting;
  const decided = reviews.filter((r) => r.decision !== null).length;
  const agencyName = (code: string) => {
    const agency = agencies.data?.find((a) => a.code === code);
    return agency ? pickName(agency, locale) : code;
  };

  const columns: Column<Review>[] = [
    {
      key: 'meeting',
      header: t('meetings.fromMeeting'),
      render: (r) => (
        <span className="stack-tight">
          <Link to={`/meetings/${r.fromMeetingId}`}>{t('meetings.numberShort', { number: r.fromMeetingNumber })}</Link>
          <span className="subtle num">{fmt.date(r.fromMeetingHeldOn)}</span>
        </span>
      ),
    },
    {
      key: 'row',
      header: t('meetings.row'),
      numeric: true,
      render: (r) => (
        <Link to={`/resolutions/${r.resolutionId}`} aria-label={t('meetings.openResolution', { row: r.rowNumber })}>
          {fmt.number(r.rowNumber)}
        </Link>
      ),
    },
    { key: 'text', header: t('meetings.resolution'), render: (r) => <p className="resolution-text clamp" dir="auto">
          {r.text}
        </p> },
    { key: 'agency', header: t('meetings.actor'), render: (r) => r.leadAgencyNameFa },
    {
      key: 'status',
      header: t('meetings.statusAtReview'),
      render: (r) => (
        <span className="stack-tight">
          <ResolutionStatusBadge status={r.statusAtReview} />
          <span className="subtle num">{t('meetings.progress', { progress: fmt.percent(r.progressAtReview / 100) })}</span>
        </span>
      ),
    },
    { key: 'deadline', header: t('meetings.deadline'), render: (r) => <span className="num">{fmt.date(r.deadlineAtReview)}</span> },
    {
      key: 'delay',
      header: t('meetings.delay'),
      numeric: true,
      render: (r) => (r.delayDaysAtReview > 0 ? <Badge tone="danger">{t('meetings.days', { days: r.delayDaysAtReview })}</Badge> : <span className="subtle">—</span>),
    },
    {
      key: 'decision',
      header: t('meetings.decision'),
      render: (r) => (
        <span className="stack-tight">
          {r.decision ? <ReviewDecisionBadge decision={r.decision} /> : <span className="subtle">{t('meetings.undecided')}</span>}
          {r.newDeadline && <span className="subtle num">{t('meetings.newDeadlineIs', { date: fmt.date(r.newDeadline) })}</span>}
          {r.newLeadAgencyCode && <span className="subtle">{t('meetings.newLeadIs', { name: agencyName(r.newLeadAgencyCode) })}</span>}
          {r.reason && <span className="subtle">{r.reason}</span>}
          {/* A decision, once recorded, is final: it has already changed the resolution. */}
          {editing.canWrite && !r.decision && deciding !== r.id && (
            <Button size="sm" onClick={() => setDeciding(r.id)}>
              {t('meetings.decide')}
            </Button>
          )}
        </span>
      ),
    },
  ];

  return (
    <Card title={t('meetings.reviewsTitle')} flush actions={reviews.length > 0 && <span className="subtle num">{t('meetings.reviewsDecided', { decided, total: reviews.length })}</span>}>
      <p className="card-inset muted">{t('meetings.reviewsNote')}</p>
      <DataTable
        caption={t('meetings.reviewsTitle')}
        columns={columns}
        rows={reviews}
        rowKey={(r) => r.id}
        emptyMessage={t('meetings.reviewsEmpty')}
        rowClassName={(r) => (r.delayDaysAtReview > 0 && !r.decision ? 'row-overdue' : undefined)}
        renderExpanded={(r) => (deciding === r.id ? <ReviewDecisionForm editing={editing} review={r} onDone={() => setDeciding(null)} /> : null)}
      />
    </Card>
  );
}
