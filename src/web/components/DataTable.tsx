import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { SortIcon } from './SortIcon.tsx';

export interface Column<T> {
  key: string;
  header: string;
  render(row: T): ReactNode;
  /** The server's (or caller's) sort key; makes the header a sort button. */
  sortKey?: string;
  /** Numbers align to the end and sort descending first. */
  numeric?: boolean;
  footer?: ReactNode;
  width?: string;
  /** Hidden on narrow screens (tablets in portrait). */
  secondary?: boolean;
}

interface DataTableProps<T> {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey(row: T): string | number;
  /** `key` or `-key`. */
  sort?: string;
  onSortChange?(sort: string): void;
  loading?: boolean;
  emptyMessage?: string;
  /** Content under a row, spanning the table (e.g. a diff); null when collapsed. */
  renderExpanded?(row: T): ReactNode | null;
  rowClassName?(row: T): string | undefined;
}

function parseSort(sort: string | undefined): { key: string; descending: boolean } | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), descending: true } : { key: sort, descending: false };
}

/** A real `<table>` with sortable headers, loading and empty states, and optional totals row. */
export function DataTable<T>({ caption, columns, rows, rowKey, sort, onSortChange, loading = false, emptyMessage, renderExpanded, rowClassName }: DataTableProps<T>) {
  const { t } = useI18n();
  const current = parseSort(sort);
  const hasFooter = columns.some((column) => column.footer !== undefined);
  const nextSort = (column: Column<T>): string => {
    const key = column.sortKey ?? column.key;
    if (current?.key === key) return current.descending ? key : `-${key}`;
    return column.numeric ? `-${key}` : key;
  };
  const cellClass = (column: Column<T>) => [column.numeric ? 'cell-num num' : '', column.secondary ? 'cell-secondary' : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={loading && rows ? 'table-wrap table-refreshing' : 'table-wrap'} aria-busy={loading || undefined}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const key = column.sortKey ?? column.key;
              const active = current?.key === key;
              const ariaSort = active ? (current.descending ? 'descending' : 'ascending') : column.sortKey && onSortChange ? 'none' : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort} className={cellClass(column)} style={column.width ? { width: column.width } : undefined}>
                  {column.sortKey && onSortChange ? (
                    <button type="button" className={active ? 'sort-button sort-active' : 'sort-button'} onClick={() => onSortChange(nextSort(column))}>
                      <span>{column.header}</span>
                      <SortIcon direction={active ? (current.descending ? 'descending' : 'ascending') : 'none'} />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {!rows && loading && (
            <tr className="table-state">
              <td colSpan={columns.length}>
                <span className="spinner" aria-hidden="true" /> {t('table.loading')}
              </td>
            </tr>
          )}
          {rows && rows.length === 0 && (
            <tr className="table-state">
              <td colSpan={columns.length}>{emptyMessage ?? t('table.empty')}</td>
            </tr>
          )}
          {rows?.map((row) => {
            const expanded = renderExpanded?.(row) ?? null;
            return (
              <Fragment key={rowKey(row)}>
                <tr className={rowClassName?.(row)}>
                  {columns.map((column) => (
                    <td key={column.key} className={cellClass(column)}>
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
                {expanded !== null && (
                  <tr className="row-expanded">
                    <td colSpan={columns.length}>{expanded}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        {hasFooter && rows && rows.length > 0 && (
          <tfoot>
            <tr>
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {column.footer}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
