import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ResolutionDetail } from '../../../modules/meetings/resolutions.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { FollowUpForm } from './FollowUpForm.tsx';
import { DeadlineBadge, ProgressBar, ResolutionStatusBadge } from './ResolutionBadges.tsx';
import { FollowUpHistory, ReviewHistory } from './ResolutionHistory.tsx';
import { useAgencyName, useDurationText, usePackageName } from './resolution-names.ts';
import { useResolution } from './resolution-queries.ts';
import { TrackingForm } from './TrackingForm.tsx';

/** One resolution: what it asks, of whom, by when, and its history of reports and reviews. */
export function ResolutionPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const query = useResolution(id);
  const { hash } = useLocation();
  const loaded = query.isSuccess;

  // "Post a follow-up" links land on the form (#follow-up) once the page has drawn it.
  useEffect(() => {
    if (loaded && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <ResolutionView resolution={query.data} onReload={() => void query.refetch()} />;
}

function ResolutionView({ resolution: r, onReload }: { resolution: ResolutionDetail; onReload(): void }) {
  const { t, fmt } = useI18n();
  const agencyName = useAgencyName();
  const packageName = usePackageName();
  const durationText = useDurationText();
  const separator = t('resolutions.listSeparator');
  // The server keeps the duration only while it still describes the deadline (not after an extension).
  const duration = durationText(r.deadlineAmount, r.deadlineUnit);
  const extended = r.originalDeadline !== r.deadline;

  return (
    <div className="page">
      <PageHeader
        title={t('resolutions.detailTitle', { row: r.rowNumber, number: r.meetingNumber })}
        subtitle={
          <span className="row">
            <span>{r.bodyNameFa}</span>
            <ResolutionStatusBadge status={r.status} />
            <DeadlineBadge resolution={r} />
          </span>
        }
        breadcrumbs={[
          { label: t('nav.resolutions'), to: '/resolutions' },
          { label: t('resolutions.meetingOf', { number: r.meetingNumber, body: r.bodyNameFa }), to: `/meetings/${r.meetingId}` },
        ]}
      />
      <Card title={t('resolutions.textCard')}>
        <p className="res-prose res-resolution-text" lang="fa" dir="rtl">
          {r.text}
        </p>
      </Card>
      <div className="detail-grid">
        <Card title={t('resolutions.detailsCard')}>
          <DescriptionList
            items={[
              { term: t('resolutions.body'), value: r.bodyNameFa },
              {
                term: t('resolutions.meeting'),
                value: (
                  <Link to={`/meetings/${r.meetingId}`}>
                    {t('resolutions.meetingOption', { number: r.meetingNumber, date: fmt.date(r.meetingHeldOn) })}
                  </Link>
                ),
              },
              { term: t('resolutions.colRow'), value: <span className="num">{fmt.number(r.rowNumber)}</span> },
              { term: t('resolutions.leadAgency'), value: agencyName(r.leadAgencyCode, r.leadAgencyNameFa) },
              {
                term: t('resolutions.coAgencies'),
                value: r.coAgencyCodes.length > 0 ? r.coAgencyCodes.map((code) => agencyName(code)).join(separator) : <span className="subtle">{t('resolutions.none')}</span>,
                wide: r.coAgencyCodes.length > 2,
              },
              {
                term: t('resolutions.deadline'),
                value: (
                  <span className="stack-tight">
                    <span className="num">{fmt.date(r.deadline)}</span>
                    {duration && <span className="subtle">{t('resolutions.deadlineGivenAs', { duration })}</span>}
                  </span>
                ),
              },
              ...(extended
                ? [
                    {
                      term: t('resolutions.originalDeadline'),
                      value: <span className="num">{fmt.date(r.originalDeadline)}</span>,
                    },
                  ]
                : []),
              { term: t('resolutions.statusLabel'), value: <ResolutionStatusBadge status={r.status} /> },
              { term: t('resolutions.progress'), value: <ProgressBar value={r.progress} wide /> },
              { term: t('resolutions.colDelay'), value: <DeadlineBadge resolution={r} /> },
              ...(r.completedOn ? [{ term: t('resolutions.completedOn'), value: <span className="num">{fmt.date(r.completedOn)}</span> }] : []),
            ]}
          />
        </Card>
        <div className="stack">
          <Card title={t('resolutions.linksCard')}>
            <DescriptionList
              items={[
                {
                  term: t('resolutions.neighborhoods'),
                  wide: true,
                  value:
                    r.neighborhoods.length > 0 ? (
                      <ul className="chip-list">
                        {r.neighborhoods.map((n) => (
                          <li key={n.id} className="chip">
                            <Link to={`/neighborhoods/${n.id}`}>{n.nameFa}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="subtle">{t('resolutions.none')}</span>
                    ),
                },
                {
                  term: t('resolutions.packages'),
                  wide: true,
                  value:
                    r.packageCodes.length > 0 ? (
                      <ul className="chip-list">
                        {r.packageCodes.map((code) => (
                          <li key={code} className="chip">
                            {packageName(code)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="subtle">{t('resolutions.none')}</span>
                    ),
                },
              ]}
            />
          </Card>
          {r.canEdit && (
            <Card title={t('resolutions.trackingCard')}>
              <p className="subtle res-card-note">{t('resolutions.trackingNote')}</p>
              <TrackingForm key={`${r.id}-${r.version}`} resolution={r} onReload={onReload} />
            </Card>
          )}
        </div>
      </div>
      {r.canFollowUp && (
        <section id="follow-up" className="res-anchor" aria-labelledby="follow-up-title">
          <Card title={<span id="follow-up-title">{t('resolutions.newFollowUp')}</span>}>
            <FollowUpForm key={r.id} resolution={r} />
          </Card>
        </section>
      )}
      <Card title={t('resolutions.followUpsTitle', { count: r.followUps.length })}>
        <FollowUpHistory followUps={r.followUps} />
      </Card>
      <Card title={t('resolutions.reviewsTitle')} flush>
        <ReviewHistory reviews={r.reviews} />
      </Card>
    </div>
  );
}
