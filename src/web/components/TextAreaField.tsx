import { Field, type FieldChrome } from './Field.tsx';

interface TextAreaFieldProps extends FieldChrome {
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  rows?: number;
  disabled?: boolean;
  /** Persian content: right to left even in the English UI. */
  persian?: boolean;
}

/** A labelled multi-line text input. */
export function TextAreaField({ value, onChange, onBlur, rows = 5, disabled, persian, ...chrome }: TextAreaFieldProps) {
  return (
    <Field {...chrome}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          rows={rows}
          value={value}
          disabled={disabled}
          dir={persian ? 'rtl' : undefined}
          lang={persian ? 'fa' : undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
