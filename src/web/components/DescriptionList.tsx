import type { ReactNode } from 'react';

export interface Description {
  term: string;
  value: ReactNode;
  /** Spans the full width (long text). */
  wide?: boolean;
}

/** Label/value pairs in a responsive grid (a record's fields). */
export function DescriptionList({ items }: { items: Description[] }) {
  return (
    <dl className="description-list">
      {items.map((item) => (
        <div key={item.term} className={item.wide ? 'description description-wide' : 'description'}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
