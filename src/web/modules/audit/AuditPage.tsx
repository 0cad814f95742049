import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../modules/audit/audit.schemas.ts';
import { Card } from '../../components/Card.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { actionLabel, entityLabel } from './audit-labels.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { AuditFilters, type AuditFilterValues } from './AuditFilters.tsx';
import { useAuditList } from './audit-queries.ts';

const emptyFilters: AuditFilterValues = { actor: '', action: '', entity: '', entityId: '', from: '', to: '' };

function entityLink(entry: AuditEntry): string | null {
  if (!entry.entityId || entry.action === 'delete') return null;
  if (entry.entity === 'neighborhood') return `/neighborhoods/${entry.entityId}`;
  if (entry.entity === 'province') return `/provinces/${entry.entityId}`;
  if (entry.entity === 'user') return `/users/${entry.entityId}`;
  return null;
}

/** Who did what and when, newest first, with each change's before and after. */
export function AuditPage() {
  const { t, fmt } = useI18n();
  const [filters, setFilters] = useState<AuditFilterValues>(emptyFilters);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const settled = useDebounced(filters, 350);
  const list = useAuditList({ ...settled, ...paging });

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<AuditEntry>[] = [
    {
      key: 'expand',
      header: '',
      width: '2.5rem',
      render: (entry) => {
        const open = expanded.has(entry.id);
        return (
          <button type="button" className="btn btn-ghost btn-sm btn-icon expand-button" aria-expanded={open} aria-label={open ? t('audit.collapse') : t('audit.expand')} onClick={() => toggle(entry.id)}>
            <span className={open ? 'chevron chevron-open' : 'chevron'} aria-hidden="true">
              ›
            </span>
          </button>
        );
      },
    },
    { key: 'at', header: t('audit.at'), render: (entry) => <span className="num">{fmt.dateTime(entry.at)}</span> },
    { key: 'actor', header: t('audit.actor'), render: (entry) => (entry.actorUsername ? <span className="ltr code">{entry.actorUsername}</span> : <span className="subtle">{t('audit.system')}</span>) },
    { key: 'action', header: t('audit.action'), render: (entry) => actionLabel(t, entry.action) },
    { key: 'entity', header: t('audit.entity'), render: (entry) => entityLabel(t, entry.entity) },
    {
      key: 'entityId',
      header: t('audit.entityId'),
      render: (entry) => {
        const href = entityLink(entry);
        const text = <span className="ltr code">{entry.entityId ?? '—'}</span>;
        return href ? <Link to={href}>{text}</Link> : text;
      },
    },
    { key: 'ip', header: t('audit.ip'), secondary: true, render: (entry) => <span className="ltr code">{entry.ip ?? '—'}</span> },
  ];

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} />
      <Card className="filters-card">
        <AuditFilters
          values={filters}
          onChange={(changes) => {
            setFilters((current) => ({ ...current, ...changes }));
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
      </Card>
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <Card flush>
        <DataTable
          caption={t('audit.title')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(entry) => entry.id}
          loading={list.isFetching}
          renderExpanded={(entry) => (expanded.has(entry.id) ? <AuditDiff before={entry.before} after={entry.after} /> : null)}
        />
        {list.data && list.data.total > 0 && (
          <Pagination
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            onPageChange={(page) => setPaging((current) => ({ ...current, page }))}
            onPageSizeChange={(pageSize) => setPaging({ page: 1, pageSize })}
          />
        )}
      </Card>
    </div>
  );
}
