import { Field, type FieldChrome } from './Field.tsx';

interface NumberFieldProps extends FieldChrome {
  /** The text as typed: Persian, Arabic-Indic or Latin digits; parsed by the form. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  decimal?: boolean;
  disabled?: boolean;
  name?: string;
}

/**
 * A number typed as text, so that Persian digits (۱۲۳) and separators are accepted;
 * `parseNumberInput` turns it into a number for validation.
 */
export function NumberField({ value, onChange, onBlur, decimal = false, disabled, name, ...chrome }: NumberFieldProps) {
  return (
    <Field {...chrome}>
      {(control) => (
        <input
          {...control}
          className="input input-number"
          type="text"
          name={name}
          inputMode={decimal ? 'decimal' : 'numeric'}
          // Left to right, so a minus sign stays in front of the digits in a right-to-left page.
          dir="ltr"
          autoComplete="off"
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
