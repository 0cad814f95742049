import { useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { DescriptionList } from '../../components/DescriptionList.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { EditIcon, PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencies } from '../reference/reference-queries.ts';
import { BodyDashboardCard } from './BodyDashboardCard.tsx';
import { BodyEditPanel } from './BodyEditPanel.tsx';
import { BodyScorecardCard } from './BodyScorecardCard.tsx';
import { useBodyPlace } from './BodyTable.tsx';
import { useBody, useMeetingList } from './meetings-api.ts';
import { MeetingTable } from './MeetingTable.tsx';
import '../../styles/meetings.css';

/** One body: who sits on it, how its resolutions are going, by meeting and by agency, and its meetings. */
export function BodyPage() {
  const { t, fmt, locale } = useI18n();
  const { can } = useSession();
  const id = Number(useParams().id);
  const body = useBody(id);
  const agencies = useAgencies();
  const placeOf = useBodyPlace();
  const [sort, setSort] = useState('-number');
  const meetings = useMeetingList({ body: id, sort, pageSize: 200 }, Number.isInteger(id) && id > 0);
  const [editing, setEditing] = useState(false);
  const canWrite = can('meetings.write');

  if (body.isPending) return <Spinner label={t('app.loading')} />;
  if (body.isError) return <ErrorNotice error={body.error} onRetry={() => void body.refetch()} />;
  const b = body.data;
  const agencyName = (code: string) => {
    const agency = agencies.data?.find((a) => a.code === code);
    return agency ? pickName(agency, locale) : code;
  };

  return (
    <div className="page">
      <PageHeader
        title={b.nameFa}
        subtitle={
          <span className="row">
            <span>{t(`bodies.kinds.${b.kind}`)}</span>
            <span aria-hidden="true">·</span>
            <span>{placeOf(b)}</span>
          </span>
        }
        breadcrumbs={[{ label: t('nav.bodies'), to: '/bodies' }]}
        actions={
          canWrite && (
            <>
              <LinkButton to={`/meetings/new?body=${b.id}`} variant="primary">
                <PlusIcon />
                {t('meetings.new')}
              </LinkButton>
              {!editing && (
                <Button onClick={() => setEditing(true)}>
                  <EditIcon />
                  {t('common.edit')}
                </Button>
              )}
            </>
          )
        }
      />
      {editing && (
        <Card>
          {/* Keyed by version: a reload after a conflict starts from the latest. */}
          <BodyEditPanel key={b.version} original={b} onDone={() => setEditing(false)} />
        </Card>
      )}
      <div className="detail-grid">
        <Card title={t('bodies.detailsCard')}>
          <DescriptionList
            items={[
              { term: t('bodies.kind'), value: t(`bodies.kinds.${b.kind}`) },
              { term: t('bodies.level'), value: t(`bodies.levels.${b.level}`) },
              { term: t('bodies.place'), value: placeOf(b) || '—' },
              { term: t('bodies.chair'), value: b.chair || '—' },
              { term: t('bodies.secretary'), value: b.secretary || '—' },
              { term: t('bodies.meetingCount'), value: <span className="num">{fmt.number(b.meetingCount)}</span> },
              {
                term: t('bodies.lastMeeting'),
                value: b.lastMeetingOn ? <span className="num">{fmt.date(b.lastMeetingOn)}</span> : t('bodies.noMeetings'),
              },
              { term: t('bodies.openResolutions'), value: <span className="num">{fmt.number(b.openResolutions)}</span> },
              { term: t('bodies.overdueResolutions'), value: <span className={b.overdueResolutions > 0 ? 'num text-danger' : 'num'}>{fmt.number(b.overdueResolutions)}</span> },
            ]}
          />
        </Card>
        <Card title={t('bodies.members')}>
          {b.memberAgencyCodes.length === 0 ? (
            <p className="subtle">{t('bodies.noMembers')}</p>
          ) : (
            <ul className="member-list">
              {b.memberAgencyCodes.map((code) => (
                <li key={code}>{agencyName(code)}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <BodyDashboardCard bodyId={b.id} />
      <BodyScorecardCard bodyId={b.id} />
      <Card title={t('bodies.meetings')} flush>
        {meetings.isError ? (
          <div className="card-inset">
            <ErrorNotice error={meetings.error} onRetry={() => void meetings.refetch()} />
          </div>
        ) : (
          <MeetingTable rows={meetings.data?.items} loading={meetings.isFetching} sort={sort} onSortChange={setSort} showBody={false} emptyMessage={t('bodies.noMeetings')} />
        )}
      </Card>
    </div>
  );
}
