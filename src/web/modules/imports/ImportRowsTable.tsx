import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useUrlListParams } from '../../components/useUrlListParams.ts';
import { useI18n } from '../../i18n/useI18n.ts';
// The tab bar's look is the meeting page's.
import '../../styles/meetings.css';
import { readImportRowParams, writeImportRowParams } from './import-list-params.ts';
import { useImportRows } from './imports-queries.ts';
import { type ImportCounts, type ImportOutcome, type ImportRowReport, importOutcomes } from './imports-types.ts';

/** The dry run's rows, one tab per outcome (refused rows first, when there are any), paged by the server. */
export function ImportRowsTabs({ jobId, counts }: { jobId: string; counts: ImportCounts }) {
  const { t, fmt } = useI18n();
  const { params, update } = useUrlListParams(readImportRowParams, writeImportRowParams);
  const firstWithRows = importOutcomes.find((outcome) => counts[outcome] > 0) ?? 'create';
  const selected: ImportOutcome = params.outcome || firstWithRows;
  const select = (key: Key) => update({ outcome: String(key) as ImportOutcome }, { replace: true });
  return (
    <Tabs selectedKey={selected} onSelectionChange={select} className="import-tabs">
      <TabList aria-label={t('imports.rows.tabs')} className="tab-list">
        {importOutcomes.map((outcome) => (
          <Tab key={outcome} id={outcome} className="tab">
            {t(`imports.outcome.${outcome}`)}{' '}
            <span className={outcome === 'rejected' && counts.rejected > 0 ? 'tab-count tab-count-alert num' : 'tab-count num'}>{fmt.number(counts[outcome])}</span>
          </Tab>
        ))}
      </TabList>
      {importOutcomes.map((outcome) => (
        <TabPanel key={outcome} id={outcome} className="tab-panel">
          <RowsTable jobId={jobId} outcome={outcome} page={params.page} pageSize={params.pageSize} update={update} />
        </TabPanel>
      ))}
    </Tabs>
  );
}

interface RowsTableProps {
  jobId: string;
  outcome: ImportOutcome;
  page: number;
  pageSize: number;
  update(changes: { page?: number; pageSize?: number }, options?: { resetPage?: boolean }): void;
}

function RowsTable({ jobId, outcome, page, pageSize, update }: RowsTableProps) {
  const { t, fmt } = useI18n();
  const rows = useImportRows(jobId, outcome, page, pageSize, true);
  const rowNumber: Column<ImportRowReport> = { key: 'row', header: t('imports.rows.row'), render: (row) => fmt.digits(String(row.row)), width: '6em' };
  const name: Column<ImportRowReport> = { key: 'name', header: t('imports.rows.name'), render: (row) => <span lang="fa">{row.name || '—'}</span> };
  // A refused row may have several problems: each on its own line, its column beside its reason.
  const columns: Column<ImportRowReport>[] =
    outcome === 'rejected'
      ? [
          rowNumber,
          name,
          {
            key: 'column',
            header: t('imports.rows.column'),
            render: (row) => (
              <ul className="import-error-lines">
                {row.errors.map((error, index) => (
                  <li key={index}>
                    <bdi>{error.column}</bdi>
                  </li>
                ))}
              </ul>
            ),
          },
          {
            key: 'reason',
            header: t('imports.rows.reason'),
            render: (row) => (
              <ul className="import-error-lines">
                {row.errors.map((error, index) => (
                  <li key={index}>{error.message}</li>
                ))}
              </ul>
            ),
          },
        ]
      : [rowNumber, name];
  return (
    <>
      {rows.isError && <ErrorNotice error={rows.error} onRetry={() => void rows.refetch()} />}
      <DataTable
        caption={t('imports.rows.caption', { outcome: t(`imports.outcome.${outcome}`) })}
        columns={columns}
        rows={rows.data?.items}
        rowKey={(row) => row.row}
        loading={rows.isFetching}
        emptyMessage={t('imports.rows.empty')}
      />
      <ListPager data={rows.data} update={update} />
    </>
  );
}
