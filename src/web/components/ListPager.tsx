import { Pagination } from './Pagination.tsx';
import type { UpdateOptions } from './useUrlListParams.ts';

interface ListPagerProps {
  /** The list's answer: nothing is shown until it has one with rows. */
  data: { total: number; page: number; pageSize: number } | undefined;
  update(changes: { page?: number; pageSize?: number }, options?: UpdateOptions): void;
}

/** The paging under a list kept in the URL: a new page keeps the filters, a new page size starts at page 1. */
export function ListPager({ data, update }: ListPagerProps) {
  if (!data || data.total === 0) return null;
  return (
    <Pagination
      total={data.total}
      page={data.page}
      pageSize={data.pageSize}
      onPageChange={(page) => update({ page }, { resetPage: false })}
      onPageSizeChange={(pageSize) => update({ pageSize })}
    />
  );
}
