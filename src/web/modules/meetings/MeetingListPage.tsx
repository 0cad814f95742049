import { useSession } from '../../auth/useSession.ts';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { hasMeetingFilters, meetingApiQuery, readMeetingListParams, writeMeetingListParams } from './meeting-list-params.ts';
import { MeetingFilters } from './MeetingFilters.tsx';
import { useMeetingList } from './meetings-api.ts';
import { MeetingTable } from './MeetingTable.tsx';
import '../../styles/meetings.css';

/** Filter, sort and page the meetings in scope; the filters live in the URL. */
export function MeetingListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { params, update, clear } = useUrlListParams(readMeetingListParams, writeMeetingListParams);
  const list = useMeetingList(meetingApiQuery(params));

  const newHref = params.body ? `/meetings/new?body=${params.body}` : '/meetings/new';

  return (
    <div className="page">
      <PageHeader
        title={t('meetings.listTitle')}
        subtitle={list.data ? t('meetings.totalCount', { total: list.data.total }) : ' '}
        actions={
          can('meetings.write') && (
            <LinkButton to={newHref} variant="primary">
              <PlusIcon />
              {t('meetings.new')}
            </LinkButton>
          )
        }
      />
      <Card className="filters-card">
        <MeetingFilters params={params} onChange={(changes) => update(changes)} onClear={hasMeetingFilters(params) ? clear : undefined} />
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <MeetingTable rows={list.data?.items} loading={list.isFetching} sort={params.sort} onSortChange={(sort) => update({ sort })} />
        <ListPager data={list.data} update={update} />
      </Card>
    </div>
  );
}
