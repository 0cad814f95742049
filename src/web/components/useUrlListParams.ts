import { useSearchParams } from 'react-router';

export interface UpdateOptions {
  /** Keep the page (paging itself); any other change goes back to page 1. */
  resetPage?: boolean;
  /** Replace the history entry instead of adding one (typing in a search box). */
  replace?: boolean;
}

/**
 * A list's filters, sort and page kept in the URL, so a list can be bookmarked, shared and
 * reached again with the back button. `read` and `write` translate between the URL and the
 * page's own parameters.
 */
export function useUrlListParams<P extends { page: number; pageSize: number }>(read: (search: URLSearchParams) => P, write: (params: P) => URLSearchParams) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = read(searchParams);
  const update = (changes: Partial<P>, options: UpdateOptions = {}) => {
    const next = { ...params, ...changes, ...(options.resetPage === false ? {} : { page: changes.page ?? 1 }) };
    setSearchParams(write(next), { replace: options.replace ?? false });
  };
  const clear = () => setSearchParams(new URLSearchParams());
  return { params, update, clear };
}
