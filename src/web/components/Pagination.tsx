import { useId } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

export const pageSizes = [20, 50, 100, 200] as const;

interface PaginationProps {
  total: number;
  page: number;
  pageSize: number;
  onPageChange(page: number): void;
  onPageSizeChange?(pageSize: number): void;
}

/** "1–50 of 2,020", page size, and first/previous/next/last page buttons. */
export function Pagination({ total, page, pageSize, onPageChange, onPageSizeChange }: PaginationProps) {
  const { t, fmt } = useI18n();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      <span className="pagination-summary">{t('pager.summary', { from, to, total })}</span>
      {onPageSizeChange && (
        <span className="pagination-size">
          <label htmlFor={sizeId}>{t('pager.pageSize')}</label>
          <select id={sizeId} className="input select input-sm" value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {fmt.number(size)}
              </option>
            ))}
          </select>
        </span>
      )}
      <span className="pagination-buttons">
        <button type="button" className="btn btn-ghost btn-sm btn-icon" onClick={() => onPageChange(1)} disabled={page <= 1} aria-label={t('pager.first')} title={t('pager.first')}>
          <span className="flip-rtl" aria-hidden="true">«</span>
        </button>
        <button type="button" className="btn btn-ghost btn-sm btn-icon" onClick={() => onPageChange(page - 1)} disabled={page <= 1} aria-label={t('pager.previous')} title={t('pager.previous')}>
          <span className="flip-rtl" aria-hidden="true">‹</span>
        </button>
        <span className="pagination-page">{t('pager.pageOf', { page, pages })}</span>
        <button type="button" className="btn btn-ghost btn-sm btn-icon" onClick={() => onPageChange(page + 1)} disabled={page >= pages} aria-label={t('pager.next')} title={t('pager.next')}>
          <span className="flip-rtl" aria-hidden="true">›</span>
        </button>
        <button type="button" className="btn btn-ghost btn-sm btn-icon" onClick={() => onPageChange(pages)} disabled={page >= pages} aria-label={t('pager.last')} title={t('pager.last')}>
          <span className="flip-rtl" aria-hidden="true">»</span>
        </button>
      </span>
    </nav>
  );
}
