import { API_BASE, toQueryString } from '../../api/client.ts';
import { useSession } from '../../auth/useSession.ts';
import { Card } from '../../components/Card.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { DownloadIcon, PlusIcon } from '../../components/icons.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { hasFilters, readListParams, toApiQuery, writeListParams } from './list-params.ts';
import { NeighborhoodFilters } from './NeighborhoodFilters.tsx';
import { useNeighborhoodList } from './neighborhood-queries.ts';
import { NeighborhoodTable } from './NeighborhoodTable.tsx';

/** Search, filter, sort, page and export the neighbourhoods in the user's scope. */
export function NeighborhoodListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { params, update, clear } = useUrlListParams(readListParams, writeListParams);
  const list = useNeighborhoodList(toApiQuery(params));

  const exportHref = `${API_BASE}/neighborhoods/export.xlsx${toQueryString(toApiQuery(params, false))}`;
  const total = list.data?.total;

  return (
    <div className="page">
      <PageHeader
        title={t('nbh.listTitle')}
        subtitle={total !== undefined ? t('nbh.totalCount', { total }) : ' '}
        actions={
          <>
            {can('export') && (
              <a className="btn btn-secondary" href={exportHref} download>
                <DownloadIcon />
                {t('nbh.export')}
              </a>
            )}
            {can('neighborhoods.write') && (
              <LinkButton to="/neighborhoods/new" variant="primary">
                <PlusIcon />
                {t('nbh.new')}
              </LinkButton>
            )}
          </>
        }
      />
      <Card className="filters-card">
        <div className="filters-layout">
          <SearchBox label={t('nbh.searchLabel')} placeholder={t('nbh.searchPlaceholder')} value={params.q} onSearch={(q) => update({ q }, { replace: true })} />
          <NeighborhoodFilters params={params} onChange={(changes) => update(changes)} onClear={hasFilters(params) ? clear : undefined} />
        </div>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <NeighborhoodTable rows={list.data?.items} loading={list.isFetching} sort={params.sort} onSortChange={(sort) => update({ sort })} />
        <ListPager data={list.data} update={update} />
      </Card>
    </div>
  );
}
