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
import '../../styles/residents.css';
import { hasPersonFilters, readPersonListParams, toPersonApiQuery, writePersonListParams } from './person-list-params.ts';
import { PersonFilters } from './PersonFilters.tsx';
import { PersonTable } from './PersonTable.tsx';
import { usePersonList } from './residents-queries.ts';

/** The people in the user's scope: search by name or national ID, filter, page, export. */
export function PersonListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { params, update, clear } = useUrlListParams(readPersonListParams, writePersonListParams);
  const list = usePersonList(toPersonApiQuery(params));

  const exportQuery = toQueryString(toPersonApiQuery(params, false));
  const filtered = hasPersonFilters(params);
  const total = list.data?.total;
  // A new person starts in the neighbourhood the list is filtered to.
  const registerHref = params.neighborhood ? `/persons/new?neighborhood=${params.neighborhood}` : '/persons/new';

  return (
    <div className="page">
      <PageHeader
        title={t('residents.listTitle')}
        subtitle={total !== undefined ? t(list.data?.totalCapped ? 'residents.totalCountCapped' : 'residents.totalCount', { total }) : ' '}
        actions={
          <>
            {can('export') && (
              <>
                <a className="btn btn-secondary" href={`${API_BASE}/persons/export.xlsx${exportQuery}`} download>
                  <DownloadIcon />
                  {t('residents.exportXlsx')}
                </a>
                <a className="btn btn-secondary" href={`${API_BASE}/persons/export.csv${exportQuery}`} download>
                  <DownloadIcon />
                  {t('residents.exportCsv')}
                </a>
              </>
            )}
            {can('persons.write') && <LinkButton to="/imports">{t('nav.imports')}</LinkButton>}
            {can('persons.write') && (
              <LinkButton to={registerHref} variant="primary">
                <PlusIcon />
                {t('residents.register')}
              </LinkButton>
            )}
          </>
        }
      />
      <p className="subtle residents-note">{can('persons.national_id') ? t('residents.listPrivacyWhole') : t('residents.listPrivacyMasked')}</p>
      <Card className="filters-card">
        <div className="filters-layout">
          <SearchBox label={t('residents.searchLabel')} placeholder={t('residents.searchPlaceholder')} value={params.q} onSearch={(q) => update({ q }, { replace: true })} />
          <PersonFilters params={params} onChange={(changes) => update(changes)} onClear={filtered ? clear : undefined} />
        </div>
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <PersonTable rows={list.data?.items} loading={list.isFetching} emptyMessage={filtered ? t('residents.emptyFiltered') : t('residents.empty')} />
        <ListPager data={list.data} update={update} />
      </Card>
    </div>
  );
}
