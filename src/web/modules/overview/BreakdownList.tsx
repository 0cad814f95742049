import { useI18n } from '../../i18n/useI18n.ts';

export interface BreakdownItem {
  key: string;
  label: string;
  count: number;
  color?: string;
}

/** Counts as a small table with proportional bars: readable, printable and accessible. */
export function BreakdownList({ caption, items }: { caption: string; items: BreakdownItem[] }) {
  const { t, fmt } = useI18n();
  const max = Math.max(1, ...items.map((item) => item.count));
  const total = items.reduce((sum, item) => sum + item.count, 0);
  return (
    <table className="breakdown">
      <caption>{caption}</caption>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{item.label}</th>
            <td className="breakdown-bar-cell" aria-hidden="true">
              <span className="breakdown-bar" style={{ inlineSize: `${(item.count / max) * 100}%`, background: item.color }} />
            </td>
            <td className="num breakdown-count">{fmt.number(item.count)}</td>
            <td className="num breakdown-share subtle">{total > 0 ? fmt.percent(item.count / total) : '—'}</td>
          </tr>
        ))}
        {items.length === 0 && (
          <tr>
            <td colSpan={4} className="subtle">
              {t('table.empty')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
