import { Link } from 'react-router';
import { reviewDecisions, type ReviewDecision } from '../../../modules/meetings/meetings.schemas.ts';
import type { FollowUp, ResolutionDetail } from '../../../modules/meetings/resolutions.schemas.ts';
import { API_BASE } from '../../api/client.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { ProgressBar, ResolutionStatusBadge } from './ResolutionBadges.tsx';
import { useAgencyName, useFileSize } from './resolution-names.ts';

/** The agencies' reports, newest first, each with its documents to download. */
export function FollowUpHistory({ followUps }: { followUps: FollowUp[] }) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();
  const fileSize = useFileSize();
  if (followUps.length === 0) return <p className="subtle">{t('resolutions.noFollowUps')}</p>;
  const newestFirst = [...followUps].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.createdAt.localeCompare(a.createdAt));

  return (
    <ol className="res-timeline">
      {newestFirst.map((followUp) => (
        <li key={followUp.id} className="res-timeline-item">
          <div className="res-timeline-head">
            <strong className="num">{fmt.date(followUp.reportedOn)}</strong>
            <span>{agencyName(followUp.agencyCode, followUp.agencyNameFa)}</span>
            <span className="subtle">{t('resolutions.byAuthor', { name: followUp.authorName })}</span>
            <span className="spacer" />
            <ResolutionStatusBadge status={followUp.statusAfter} />
            <ProgressBar value={followUp.progress} />
          </div>
          <p className="res-prose" dir="auto">
            {followUp.text}
          </p>
          {followUp.attachments.length > 0 && (
            <ul className="res-attachments" aria-label={t('resolutions.attachments')}>
              {followUp.attachments.map((attachment) => (
                <li key={attachment.id}>
                  <a href={`${API_BASE}/attachments/${encodeURIComponent(attachment.id)}`} download={attachment.fileName} className="inline-icon-link">
                    <DownloadIcon />
                    <span dir="auto">{attachment.fileName}</span>
                  </a>
                  <span className="subtle num">{fileSize(attachment.sizeBytes)}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="subtle res-timeline-foot">{t('resolutions.recordedAt', { time: fmt.dateTime(followUp.createdAt) })}</div>
        </li>
      ))}
    </ol>
  );
}

type Review = ResolutionDetail['reviews'][number];

/** The later meetings that reviewed the resolution (بررسی مصوبات گذشته) and what each decided. */
export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();
  const decisionLabel = (decision: string | null) => {
    if (decision === null) return <span className="subtle">{t('resolutions.decisionPending')}</span>;
    return (reviewDecisions as readonly string[]).includes(decision) ? t(`resolutions.decision.${decision as ReviewDecision}`) : decision;
  };
  const columns: Column<Review>[] = [
    {
      key: 'meeting',
      header: t('resolutions.colMeeting'),
      render: (r) => (
        <span className="stack-tight">
          <Link to={`/meetings/${r.meetingId}`}>{t('resolutions.meetingNumber', { number: r.meetingNumber })}</Link>
          <span className="subtle num">{fmt.date(r.meetingHeldOn)}</span>
        </span>
      ),
    },
    { key: 'decision', header: t('resolutions.colDecision'), render: (r) => decisionLabel(r.decision) },
    { key: 'newDeadline', header: t('resolutions.colNewDeadline'), render: (r) => <span className="num">{fmt.date(r.newDeadline)}</span> },
    { key: 'newAgency', header: t('resolutions.colNewAgency'), render: (r) => (r.newLeadAgencyCode ? agencyName(r.newLeadAgencyCode) : <span className="subtle">—</span>) },
    { key: 'reason', header: t('resolutions.colReason'), render: (r) => (r.reason ? <span dir="auto">{r.reason}</span> : <span className="subtle">—</span>) },
  ];
  return (
    <DataTable
      caption={t('resolutions.reviewsTitle')}
      columns={columns}
      rows={reviews}
      rowKey={(r) => `${r.meetingId}`}
      emptyMessage={t('resolutions.noReviews')}
    />
  );
}
