import { Link } from 'react-router';
import { API_BASE } from '../../api/client.ts';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { DownloadIcon } from '../../components/icons.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/imports.css';
import { readImportListParams, writeImportListParams } from './import-list-params.ts';
import { ImportStatusBadge } from './ImportStatusBadge.tsx';
import { ImportUploadCard } from './ImportUploadCard.tsx';
import { useImportList } from './imports-queries.ts';
import type { ImportJob } from './imports-types.ts';

/** Importing residents from a spreadsheet: the empty template, the upload, and the user's earlier imports. */
export function ImportListPage() {
  const { t, fmt } = useI18n();
  const { params, update } = useUrlListParams(readImportListParams, writeImportListParams);
  const list = useImportList(params.page, params.pageSize);
  const countsReady = (job: ImportJob) => job.status === 'analysed' || job.status === 'committed' || job.status === 'committing';

  const columns: Column<ImportJob>[] = [
    {
      key: 'file',
      header: t('imports.list.file'),
      render: (job) => (
        <Link to={`/imports/${job.id}`}>
          <bdi>{job.fileName}</bdi>
        </Link>
      ),
    },
    { key: 'status', header: t('imports.list.status'), render: (job) => <ImportStatusBadge status={job.status} /> },
    { key: 'date', header: t('imports.list.date'), render: (job) => <span className="num">{fmt.dateTime(job.createdAt)}</span> },
    { key: 'rows', header: t('imports.count.rows'), numeric: true, render: (job) => (countsReady(job) ? fmt.number(job.counts.rows) : '—') },
    {
      key: 'imported',
      header: t('imports.list.imported'),
      numeric: true,
      render: (job) => (countsReady(job) ? fmt.number(job.counts.create + job.counts.link + job.counts.update) : '—'),
    },
    { key: 'rejected', header: t('imports.outcome.rejected'), numeric: true, render: (job) => (countsReady(job) ? fmt.number(job.counts.rejected) : '—') },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('imports.title')}
        subtitle={t('imports.subtitle')}
        breadcrumbs={[{ label: t('nav.persons'), to: '/persons' }]}
        actions={
          <a className="btn btn-secondary" href={`${API_BASE}/imports/template.xlsx`} download>
            <DownloadIcon />
            {t('imports.template')}
          </a>
        }
      />
      <ImportUploadCard />
      <Card title={t('imports.list.title')} flush>
        {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
        <DataTable caption={t('imports.list.title')} columns={columns} rows={list.data?.items} rowKey={(job) => job.id} loading={list.isFetching} emptyMessage={t('imports.list.empty')} />
        <ListPager data={list.data} update={update} />
      </Card>
    </div>
  );
}
