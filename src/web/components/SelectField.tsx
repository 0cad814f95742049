import { Field, type FieldChrome } from './Field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldChrome {
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  options: SelectOption[];
  /** The first, empty choice ("all provinces", "choose…"); omit to force a choice. */
  emptyLabel?: string;
  disabled?: boolean;
  name?: string;
}

/** A labelled native select: keyboard- and screen-reader-friendly everywhere. */
export function SelectField({ value, onChange, onBlur, options, emptyLabel, disabled, name, ...chrome }: SelectFieldProps) {
  return (
    <Field {...chrome}>
      {(control) => (
        <select
          {...control}
          className="input select"
          name={name}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
