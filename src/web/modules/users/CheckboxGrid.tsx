import type { SelectOption } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface CheckboxGridProps {
  legend: string;
  options: SelectOption[];
  selected: readonly string[];
  onToggle(value: string, on: boolean): void;
}

/** Many checkboxes in columns, as a labelled group. */
export function CheckboxGrid({ legend, options, selected, onToggle }: CheckboxGridProps) {
  const { t } = useI18n();
  return (
    <fieldset className="checkbox-grid">
      <legend>{legend}</legend>
      {options.length === 0 && <p className="subtle">{t('table.empty')}</p>}
      <div className="checkbox-grid-items">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
