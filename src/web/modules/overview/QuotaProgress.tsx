import { useI18n } from '../../i18n/useI18n.ts';

/** A percentage with a thin bar; over 100% is shown full and marked. */
export function QuotaProgress({ ratio }: { ratio: number | null }) {
  const { fmt } = useI18n();
  if (ratio === null) return <span className="subtle">—</span>;
  const width = `${Math.min(100, Math.max(0, ratio * 100))}%`;
  return (
    <span className="quota-progress">
      <span className="quota-bar" aria-hidden="true">
        <span className={ratio > 1 ? 'quota-fill quota-over' : 'quota-fill'} style={{ inlineSize: width }} />
      </span>
      <span className="num">{fmt.percent(ratio)}</span>
    </span>
  );
}
