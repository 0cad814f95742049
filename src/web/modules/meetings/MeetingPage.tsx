import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { Meeting } from '../../../modules/meetings/meetings.schemas.ts';
import { API_BASE } from '../../api/client.ts';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { AgendaSection } from './AgendaSection.tsx';
import { AmendmentsSection } from './AmendmentsSection.tsx';
import { AttendanceSection } from './AttendanceSection.tsx';
import { useMeetingEditing } from './meeting-editing.ts';
import { MeetingHeader } from './MeetingHeader.tsx';
import { useMeeting } from './meetings-api.ts';
import { NarrativeSection } from './NarrativeSection.tsx';
import { ResolutionsSection } from './ResolutionsSection.tsx';
import { ReviewsSection } from './ReviewsSection.tsx';
import { DeleteMeetingButton, StatusActions } from './StatusActions.tsx';
import { weekdayOf } from './weekday.ts';
import { WriteFailureAlert, type WriteFailure } from './WriteFailure.tsx';
import '../../styles/meetings.css';

const tabs = ['attendance', 'agenda', 'resolutions', 'reviews', 'amendments'] as const;
type TabId = (typeof tabs)[number];

/** A whole meeting: header, attendance, agenda and narrative, resolutions, past resolutions reviewed, amendments. */
export function MeetingPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const query = useMeeting(id);
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <MeetingView meeting={query.data} />;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const editing = useMeetingEditing(meeting, can('meetings.write'));
  const [searchParams, setSearchParams] = useSearchParams();
  const [pageFailure, setPageFailure] = useState<WriteFailure | null>(null);
  const requested = searchParams.get('tab') ?? '';
  const tab: TabId = (tabs as readonly string[]).includes(requested) ? (requested as TabId) : 'attendance';
  const selectTab = (key: Key) => {
    const next = new URLSearchParams(searchParams);
    if (key === 'attendance') next.delete('tab');
    else next.set('tab', String(key));
    setSearchParams(next, { replace: true });
  };
  const undecided = meeting.reviews.filter((r) => r.decision === null).length;

  return (
    <div className="page meeting-page">
      <PageHeader
        title={t('meetings.pageTitle', { number: meeting.number, body: meeting.bodyNameFa })}
        subtitle={
          <span className="row">
            <span className="num">
              {weekdayOf(meeting.heldOn, locale) || meeting.weekdayFa} {fmt.date(meeting.heldOn)}
            </span>
            {meeting.provinceNameFa && (
              <>
                <span aria-hidden="true">·</span>
                <span>{meeting.provinceNameFa}</span>
              </>
            )}
          </span>
        }
        breadcrumbs={[
          { label: t('nav.meetings'), to: '/meetings' },
          { label: meeting.bodyNameFa, to: `/bodies/${meeting.bodyId}` },
        ]}
        actions={
          <>
            <StatusActions editing={editing} onFailure={setPageFailure} />
            <a className="btn btn-secondary" href={`/meetings/${meeting.id}/minutes`} target="_blank" rel="noopener">
              {t('meetings.printMinutes')}
            </a>
            <a className="btn btn-secondary" href={`${API_BASE}/meetings/${meeting.id}/minutes.docx`} download>
              <DownloadIcon />
              {t('meetings.downloadWord')}
            </a>
            <DeleteMeetingButton editing={editing} />
          </>
        }
      />
      <WriteFailureAlert
        failure={pageFailure}
        onReload={() => {
          setPageFailure(null);
          editing.reload();
        }}
      />
      {meeting.locked && (
        <Alert tone="info" title={t('meetings.lockedTitle')}>
          {t('meetings.lockedNotice', { date: fmt.date(meeting.approvedAt) })}
        </Alert>
      )}
      <MeetingHeader editing={editing} />
      <Tabs selectedKey={tab} onSelectionChange={selectTab} className="meeting-tabs">
        <TabList aria-label={t('meetings.sections')} className="tab-list">
          <Tab id="attendance" className="tab">
            {t('meetings.attendance')}
          </Tab>
          <Tab id="agenda" className="tab">
            {t('meetings.agendaAndNarrative')}
          </Tab>
          <Tab id="resolutions" className="tab">
            {t('meetings.resolutions')} <span className="tab-count num">{fmt.number(meeting.resolutions.length)}</span>
          </Tab>
          <Tab id="reviews" className="tab">
            {t('meetings.reviewsTitle')} {meeting.reviews.length > 0 && <span className={undecided > 0 ? 'tab-count tab-count-alert num' : 'tab-count num'}>{fmt.number(meeting.reviews.length)}</span>}
          </Tab>
          <Tab id="amendments" className="tab">
            {t('meetings.amendments')} {meeting.amendments.length > 0 && <span className="tab-count num">{fmt.number(meeting.amendments.length)}</span>}
          </Tab>
        </TabList>
        {/* Mounted while hidden, so that an edit half done in one tab survives a look at another. */}
        <TabPanel id="attendance" className="tab-panel" shouldForceMount>
          <AttendanceSection editing={editing} />
        </TabPanel>
        <TabPanel id="agenda" className="tab-panel stack" shouldForceMount>
          <AgendaSection editing={editing} />
          <NarrativeSection editing={editing} />
        </TabPanel>
        <TabPanel id="resolutions" className="tab-panel" shouldForceMount>
          <ResolutionsSection editing={editing} />
        </TabPanel>
        <TabPanel id="reviews" className="tab-panel" shouldForceMount>
          <ReviewsSection editing={editing} />
        </TabPanel>
        <TabPanel id="amendments" className="tab-panel" shouldForceMount>
          <AmendmentsSection amendments={meeting.amendments} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
