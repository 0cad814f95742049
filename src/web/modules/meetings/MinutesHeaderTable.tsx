interface MinutesHeaderTableProps {
  /** Label and value of each cell, in reading order: date, weekday, time, place, invitation. */
  cells: ReadonlyArray<readonly [string, string]>;
  className: string;
  /** A name for screen readers. */
  caption?: string;
  valueClassName?: string;
}

/** The minutes' header as one row of values under a row of labels, as the printed minutes have it. */
export function MinutesHeaderTable({ cells, className, caption, valueClassName }: MinutesHeaderTableProps) {
  return (
    <table className={className}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {cells.map(([label]) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {cells.map(([label, value]) => (
            <td key={label} className={valueClassName}>
              {value}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
