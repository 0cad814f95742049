/** Up/down arrows for a sortable header; the active direction is filled. */
export function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  return (
    <svg className={`sort-icon sort-${direction}`} width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path className="sort-up" d="M5 1 9 6H1z" />
      <path className="sort-down" d="M5 13 1 8h8z" />
    </svg>
  );
}
