import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/useSession.ts';
import { Alert } from '../../components/Alert.tsx';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination, pageSizes } from '../../components/Pagination.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { deadlineState, DUE_SOON_DAYS } from './ResolutionBadges.tsx';
import { useAgencyName } from './resolution-names.ts';
import { useMyResolutions } from './resolution-queries.ts';
import { ResolutionTable } from './ResolutionTable.tsx';

const DEFAULT_PAGE_SIZE = 50;

function readPaging(search: URLSearchParams) {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The signed-in agency's open resolutions, nearest deadline first: what to report on next. */
export function MyResolutionsPage() {
  const { t, fmt } = useI18n();
  const { session } = useSession();
  const agencyName = useAgencyName();
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = readPaging(searchParams);
  const list = useMyResolutions(paging);
  const agencyCode = session?.user.agencyCode ?? null;

  const setPaging = (changes: Partial<typeof paging>) => {
    const next = { ...paging, ...changes };
    const search = new URLSearchParams();
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(next.pageSize));
    setSearchParams(search);
  };

  // Nearest deadline first means the late ones lead; on one page the counts are exact.
  const items = list.data?.items;
  const onePage = list.data !== undefined && list.data.total <= list.data.pageSize;
  const countOf = (state: 'overdue' | 'due_soon') => (items && onePage ? fmt.number(items.filter((r) => deadlineState(r) === state).length) : '…');

  return (
    <div className="page">
      <PageHeader
        title={t('resolutions.mineTitle')}
        subtitle={agencyCode ? t('resolutions.mineSubtitle', { agency: agencyName(agencyCode) }) : ' '}
      />
      {!agencyCode && <Alert tone="info">{t('resolutions.mineNoAgency')}</Alert>}
      {onePage && (
        <div className="stat-grid res-stats">
          <StatCard label={t('resolutions.statOpen')} value={fmt.number(list.data?.total ?? 0)} />
          <StatCard label={t('resolutions.statOverdue')} value={countOf('overdue')} />
          <StatCard label={t('resolutions.statDueSoon')} value={countOf('due_soon')} hint={t('resolutions.statDueSoonHint', { days: DUE_SOON_DAYS })} />
        </div>
      )}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <ResolutionTable caption={t('resolutions.mineTitle')} rows={items} loading={list.isFetching} variant="mine" emptyMessage={t('resolutions.mineEmpty')} />
        {list.data && list.data.total > 0 && (
          <Pagination
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            onPageChange={(page) => setPaging({ page })}
            onPageSizeChange={(pageSize) => setPaging({ pageSize, page: 1 })}
          />
        )}
      </Card>
    </div>
  );
}
