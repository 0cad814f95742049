import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { hasMeetingFilters, meetingApiQuery, readMeetingListParams, writeMeetingListParams, type MeetingListParams } from './meeting-list-params.ts';
import { MeetingFilters } from './MeetingFilters.tsx';
import { useMeetingList } from './meetings-api.ts';
import { MeetingTable } from './MeetingTable.tsx';
import '../../styles/meetings.css';

/** Filter, sort and page the meetings in scope; the filters live in the URL. */
export function MeetingListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readMeetingListParams(searchParams);
  const list = useMeetingList(meetingApiQuery(params));

  const update = (changes: Partial<MeetingListParams>, resetPage = true) => {
    const next = { ...params, ...changes, ...(resetPage ? { page: changes.page ?? 1 } : {}) };
    setSearchParams(writeMeetingListParams(next));
  };
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
        <MeetingFilters params={params} onChange={(changes) => update(changes)} onClear={hasMeetingFilters(params) ? () => setSearchParams(new URLSearchParams()) : undefined} />
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <MeetingTable rows={list.data?.items} loading={list.isFetching} sort={params.sort} onSortChange={(sort) => update({ sort })} />
        {list.data && list.data.total > 0 && (
          <Pagination
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            onPageChange={(page) => update({ page }, false)}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        )}
      </Card>
    </div>
  );
}
