import { useI18n } from '../../i18n/useI18n.ts';

/** The chosen scope items as removable chips, with a count. */
export function ScopeChips({ items, onRemove }: { items: Array<{ code: string; label: string }>; onRemove(code: string): void }) {
  const { t } = useI18n();
  return (
    <div className="scope-chips" aria-live="polite">
      <div className="scope-chips-count muted">{items.length > 0 ? t('users.selectedCount', { count: items.length }) : t('users.noSelection')}</div>
      <ul className="chip-list">
        {items.map((item) => (
          <li key={item.code} className="chip">
            <span>{item.label}</span>
            <button type="button" className="chip-remove" aria-label={t('users.remove', { name: item.label })} onClick={() => onRemove(item.code)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
