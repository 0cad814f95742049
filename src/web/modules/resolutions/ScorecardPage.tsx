import { Link, useSearchParams } from 'react-router';
import type { ScorecardRow } from '../../../modules/meetings/resolutions.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { sortRows } from '../../components/client-sort.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { JalaliDateField } from '../../components/JalaliDateField.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import '../../styles/resolutions.css';
import { namedOptions } from '../reference/options.ts';
import { useProvinces } from '../reference/reference-queries.ts';
import { useAgencyName } from './resolution-names.ts';
import { useBodies, useScorecard } from './resolution-queries.ts';
import { ScorecardChart } from './ScorecardChart.tsx';

const sortKeys = ['agency', 'total', 'done', 'donePercent', 'onTimePercent', 'open', 'overdue', 'averageDelayDays'] as const;
const DEFAULT_SORT = '-overdue';

function readParams(search: URLSearchParams) {
  const body = search.get('body') ?? '';
  const asOf = search.get('asOf') ?? '';
  const sort = search.get('sort') ?? '';
  return {
    body: /^[1-9]\d{0,9}$/.test(body) ? body : '',
    province: search.get('province') ?? '',
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '',
    sort: (sortKeys as readonly string[]).includes(sort.replace(/^-/, '')) ? sort : DEFAULT_SORT,
  };
}
type Params = ReturnType<typeof readParams>;

/** A tracker link showing one agency's resolutions (as lead or co-agency) under the same filters. */
function trackerLink(params: Params, agencyCode: string): string {
  const search = new URLSearchParams({ agency: agencyCode });
  if (params.body) search.set('body', params.body);
  if (params.province) search.set('province', params.province);
  return `/resolutions?${search.toString()}`;
}

/** How each agency does on the resolutions it leads: done, on time, open, overdue, delay. */
export function ScorecardPage() {
  const { t, fmt, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const scorecard = useScorecard({ body: params.body || undefined, province: params.province || undefined, asOf: params.asOf || undefined });
  const provinces = useProvinces();
  const bodies = useBodies(params.province);
  const agencyName = useAgencyName();

  const setParams = (changes: Partial<Params>) => {
    const next = { ...params, ...changes };
    const search = new URLSearchParams();
    if (next.province) search.set('province', next.province);
    if (next.body) search.set('body', next.body);
    if (next.asOf) search.set('asOf', next.asOf);
    if (next.sort !== DEFAULT_SORT) search.set('sort', next.sort);
    setSearchParams(search, { replace: changes.sort !== undefined });
  };

  const percent = (value: number | null) => fmt.percent(value === null ? null : value / 100);
  const rows = scorecard.data
    ? sortRows<ScorecardRow>(
        scorecard.data.items,
        params.sort,
        {
          agency: (row) => agencyName(row.agencyCode, row.agencyNameFa),
          total: (row) => row.total,
          done: (row) => row.done,
          donePercent: (row) => row.donePercent,
          onTimePercent: (row) => row.onTimePercent,
          open: (row) => row.open,
          overdue: (row) => row.overdue,
          averageDelayDays: (row) => row.averageDelayDays,
        },
        locale,
      )
    : undefined;

  const columns: Column<ScorecardRow>[] = [
    {
      key: 'agency',
      header: t('scorecard.agency'),
      sortKey: 'agency',
      render: (row) => (
        // The tracker's agency filter matches lead or co-agency, so it may list more than this row counts.
        <Link to={trackerLink(params, row.agencyCode)} className="cell-title" title={t('scorecard.agencyLinkTitle')}>
          {agencyName(row.agencyCode, row.agencyNameFa)}
        </Link>
      ),
    },
    { key: 'total', header: t('scorecard.total'), sortKey: 'total', numeric: true, render: (row) => fmt.number(row.total) },
    { key: 'done', header: t('scorecard.done'), sortKey: 'done', numeric: true, render: (row) => fmt.number(row.done) },
    { key: 'donePercent', header: t('scorecard.donePercent'), sortKey: 'donePercent', numeric: true, render: (row) => percent(row.donePercent) },
    {
      key: 'onTimePercent',
      header: t('scorecard.onTimePercent'),
      sortKey: 'onTimePercent',
      numeric: true,
      render: (row) => (
        <span title={t('scorecard.onTimeOfDue', { onTime: row.doneOnTime, due: row.due })}>{percent(row.onTimePercent)}</span>
      ),
    },
    { key: 'open', header: t('scorecard.open'), sortKey: 'open', numeric: true, render: (row) => fmt.number(row.open) },
    {
      key: 'overdue',
      header: t('scorecard.overdue'),
      sortKey: 'overdue',
      numeric: true,
      render: (row) => (row.overdue > 0 ? <span className="res-overdue-count">{fmt.number(row.overdue)}</span> : fmt.number(0)),
    },
    {
      key: 'averageDelayDays',
      header: t('scorecard.averageDelay'),
      sortKey: 'averageDelayDays',
      numeric: true,
      render: (row) => (row.averageDelayDays === null ? <span className="subtle">—</span> : t('scorecard.days', { days: fmt.decimal(row.averageDelayDays, 1) })),
    },
  ];

  const collator = new Intl.Collator('fa');
  const bodyOptions = (bodies.data ?? []).map((body) => ({ value: String(body.id), label: body.nameFa })).sort((a, b) => collator.compare(a.label, b.label));
  const filtered = params.body !== '' || params.province !== '' || params.asOf !== '';

  return (
    <div className="page">
      <PageHeader title={t('scorecard.title')} subtitle={scorecard.data ? t('resolutions.asOf', { date: fmt.date(scorecard.data.asOf) }) : ' '} />
      <Card className="filters-card">
        <FilterBar onClear={filtered ? () => setSearchParams(new URLSearchParams()) : undefined}>
          <SelectField label={t('resolutions.province')} value={params.province} emptyLabel={t('resolutions.anyProvince')} options={namedOptions(provinces.data, locale)} onChange={(province) => setParams({ province, body: '' })} />
          <SelectField label={t('resolutions.body')} value={params.body} emptyLabel={t('resolutions.anyBody')} options={bodyOptions} onChange={(body) => setParams({ body })} />
          <JalaliDateField label={t('scorecard.asOf')} value={params.asOf || null} onChange={(asOf) => setParams({ asOf: asOf ?? '' })} hint={t('scorecard.asOfHint')} />
        </FilterBar>
      </Card>
      <aside className="res-note" aria-label={t('scorecard.definitionsTitle')}>
        <strong>{t('scorecard.definitionsTitle')}</strong>
        <ul>
          <li>{t('scorecard.defScope')}</li>
          <li>{t('scorecard.defDone')}</li>
          <li>{t('scorecard.defOnTime')}</li>
          <li>{t('scorecard.defOverdue')}</li>
          <li>{t('scorecard.defDelay')}</li>
        </ul>
      </aside>
      {scorecard.isError && <ErrorNotice error={scorecard.error} onRetry={() => void scorecard.refetch()} />}
      <Card title={t('scorecard.tableTitle')} flush>
        <DataTable
          caption={t('scorecard.tableTitle')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.agencyCode}
          sort={params.sort}
          onSortChange={(sort) => setParams({ sort })}
          loading={scorecard.isFetching}
          emptyMessage={t('scorecard.empty')}
        />
      </Card>
      <Card title={t('scorecard.chartTitle')}>
        {rows && rows.length > 0 ? <ScorecardChart rows={rows} /> : <div className="chart-placeholder" style={{ height: 240 }}>{scorecard.isPending ? t('app.loading') : t('scorecard.empty')}</div>}
      </Card>
    </div>
  );
}
