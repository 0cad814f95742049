import type { HTMLInputTypeAttribute } from 'react';
import { Field, type FieldChrome } from './Field.tsx';

interface TextFieldProps extends FieldChrome {
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'search' | 'tel';
  autoComplete?: string;
  placeholder?: string;
  disabled?: boolean;
  /** Left-to-right content (codes, usernames, phone numbers) inside a right-to-left page. */
  ltr?: boolean;
  /** Persian content (a Persian name, an address): right to left even in the English UI. */
  persian?: boolean;
  name?: string;
  maxLength?: number;
}

/** A labelled single-line input with hint and inline error. */
export function TextField({ value, onChange, onBlur, type = 'text', inputMode, autoComplete, placeholder, disabled, ltr, persian, name, maxLength, ...chrome }: TextFieldProps) {
  return (
    <Field {...chrome}>
      {(control) => (
        <input
          {...control}
          className={ltr ? 'input ltr-input' : 'input'}
          type={type}
          name={name}
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          placeholder={placeholder}
          disabled={disabled}
          maxLength={maxLength}
          dir={ltr ? 'ltr' : persian ? 'rtl' : undefined}
          lang={persian ? 'fa' : undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
