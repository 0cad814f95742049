import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { API_BASE, toQueryString } from '../../api/client.ts';
import { useSession } from '../../auth/useSession.ts';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { StatCard } from '../../components/StatCard.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { useBodyOfMeeting, useTrackerCount, useTrackerList } from './resolution-queries.ts';
import { ResolutionTable } from './ResolutionTable.tsx';
import { TrackerFilters } from './TrackerFilters.tsx';
import { hasTrackerFilters, readTrackerParams, toTrackerApiQuery, trackerFilterQuery, writeTrackerParams, type TrackerParams } from './tracker-params.ts';

/** Every resolution of every body in the user's scope: who owes what, by when, and who is late. */
export function TrackerPage() {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const { params, update, clear } = useUrlListParams(readTrackerParams, writeTrackerParams);
  const list = useTrackerList(toTrackerApiQuery(params));
  const filters = trackerFilterQuery(params);
  const openCount = useTrackerCount({ ...filters, open: 'true' });
  const overdueCount = useTrackerCount({ ...filters, overdue: 'true' });
  const [, setSearchParams] = useSearchParams();

  // A link may name a meeting without its body: fill the body in, so the meeting filter shows.
  const bodyOfMeeting = useBodyOfMeeting(params.meeting, params.body === '');
  const missingBody = params.body === '' && bodyOfMeeting.data !== undefined ? String(bodyOfMeeting.data) : null;
  useEffect(() => {
    if (missingBody === null) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('body', missingBody);
        return next;
      },
      { replace: true },
    );
  }, [missingBody, setSearchParams]);
  const exportHref = `${API_BASE}/resolutions/export.xlsx${toQueryString(toTrackerApiQuery(params, false))}`;
  const total = list.data?.total;
  const count = (value: number | undefined) => (value === undefined ? '…' : fmt.number(value));

  return (
    <div className="page">
      <PageHeader
        title={t('resolutions.trackerTitle')}
        subtitle={list.data ? t('resolutions.asOf', { date: fmt.date(list.data.asOf) }) : ' '}
        actions={
          can('export') && (
            <a className="btn btn-secondary" href={exportHref} download>
              <DownloadIcon />
              {t('resolutions.export')}
            </a>
          )
        }
      />
      <div className="stat-grid res-stats">
        <StatCard label={t('resolutions.statTotal')} value={count(total)} />
        <StatCard label={t('resolutions.statOpen')} value={count(openCount.data)} />
        <StatCard label={t('resolutions.statOverdue')} value={count(overdueCount.data)} hint={t('resolutions.statOverdueHint')} />
      </div>
      <Card className="filters-card">
        <div className="filters-layout">
          <SearchBox label={t('resolutions.searchLabel')} placeholder={t('resolutions.searchPlaceholder')} value={params.q} onSearch={(q) => update({ q }, { replace: true })} />
          <TrackerFilters params={params} onChange={(changes) => update(changes)} onClear={hasTrackerFilters(params) ? clear : undefined} />
        </div>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <ResolutionTable
          caption={t('resolutions.trackerTitle')}
          rows={list.data?.items}
          loading={list.isFetching}
          sort={params.sort}
          onSortChange={(sort) => update({ sort: sort as TrackerParams['sort'] })}
          emptyMessage={hasTrackerFilters(params) ? t('resolutions.emptyFiltered') : t('resolutions.empty')}
        />
        <ListPager data={list.data} update={update} />
      </Card>
    </div>
  );
}
