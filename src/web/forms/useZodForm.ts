import { type FormEvent, useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { FieldError } from '../../lib/errors/index.ts';
import type { Problem } from '../api/problem.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { type FieldMessages, messagesFromFieldErrors, messagesFromIssues, messagesFromProblem } from './messages.ts';

/** What a form's values turn into before the schema sees them, plus errors found on the way. */
export interface FormInput {
  input: unknown;
  /** Problems the schema cannot see: unreadable numbers, cross-field rules. */
  errors: FieldError[];
}

interface Options<V, S extends z.ZodType> {
  initialValues: V;
  schema: S;
  /** Builds the request body (as the schema expects it) from the form's string values. */
  toInput(values: V): FormInput;
  /** Maps an error path from the schema or server to the form field that shows it. */
  fieldOfPath?(path: string): keyof V & string;
}

export interface ZodForm<V, Out> {
  values: V;
  setValue<K extends keyof V>(key: K, value: V[K]): void;
  /** The props a field component takes for one value: value, change, blur and its error. */
  field<K extends keyof V & string>(key: K): { value: V[K]; onChange(value: V[K]): void; onBlur(): void; error: string | null };
  /** Marks a field as visited, so its errors show from now on. */
  touch(key: keyof V & string): void;
  /** The message for a field: the client's check once touched, else the server's. */
  errorOf(key: keyof V & string): string | null;
  /** Validates everything, shows every error, and returns the parsed body if valid. */
  submit(): { ok: true; data: Out } | { ok: false };
  /** A form's onSubmit: validates, shows every error, and calls `onValid` with the body when valid. */
  handleSubmit(onValid: (data: Out) => void): (event: FormEvent) => void;
  /** True after a submit that found errors, until the next valid one (for a "fix the errors" notice). */
  submitFailed: boolean;
  /** Shows the server's field errors next to the fields; false when none belongs to a field of this form. */
  applyProblem(problem: Problem): boolean;
  reset(values: V): void;
  dirty: boolean;
}

/**
 * Form state with inline validation by a shared zod schema: the same schema the server
 * runs, worded by the same message catalogue, checked as the user types and leaves fields.
 */
export function useZodForm<V extends object, S extends z.ZodType>(options: Options<V, S>): ZodForm<V, z.output<S>> {
  const { locale } = useI18n();
  const { schema, toInput, fieldOfPath } = options;
  const [values, setValues] = useState<V>(options.initialValues);
  const [initial, setInitial] = useState<V>(options.initialValues);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldMessages>({});

  const mapPath = useCallback((path: string): string => (fieldOfPath ? fieldOfPath(path) : (path.split('.')[0] ?? path)), [fieldOfPath]);

  const validation = useMemo(() => {
    const { input, errors } = toInput(values);
    const result = schema.safeParse(input);
    const own = messagesFromFieldErrors(errors, locale);
    const fromSchema = result.success ? {} : messagesFromIssues(result.error.issues, locale);
    const byField: FieldMessages = {};
    // Our own parse errors first: "not a number" explains more than "required".
    for (const [path, message] of [...Object.entries(own), ...Object.entries(fromSchema)]) {
      const field = mapPath(path);
      if (!(field in byField)) byField[field] = message;
    }
    return { byField, data: result.success && errors.length === 0 ? (result.data as z.output<S>) : null };
  }, [values, schema, toInput, locale, mapPath]);

  const setValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // Validate as the user types: a field shows its errors from its first change.
    setTouched((current) => (current.has(String(key)) ? current : new Set(current).add(String(key))));
    setServerErrors((current) => {
      if (!(String(key) in current)) return current;
      const next = { ...current };
      delete next[String(key)];
      return next;
    });
  }, []);

  const touch = useCallback((key: string) => {
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  }, []);

  const errorOf = (key: keyof V & string): string | null => {
    if (touched.has(key) && validation.byField[key]) return validation.byField[key] ?? null;
    return serverErrors[key] ?? null;
  };

  const field = <K extends keyof V & string>(key: K) => ({
    value: values[key],
    onChange: (value: V[K]) => setValue(key, value),
    onBlur: () => touch(key),
    error: errorOf(key),
  });

  const submit = (): { ok: true; data: z.output<S> } | { ok: false } => {
    setTouched(new Set([...Object.keys(values), ...Object.keys(validation.byField)]));
    if (validation.data === null) return { ok: false };
    return { ok: true, data: validation.data };
  };

  const [submitFailed, setSubmitFailed] = useState(false);
  const handleSubmit = (onValid: (data: z.output<S>) => void) => (event: FormEvent) => {
    event.preventDefault();
    const result = submit();
    setSubmitFailed(!result.ok);
    if (result.ok) onValid(result.data);
  };

  const applyProblem = (problem: Problem): boolean => {
    const messages = messagesFromProblem(problem);
    const byField: FieldMessages = {};
    for (const [path, message] of Object.entries(messages)) {
      const field = mapPath(path);
      if (field in values && !(field in byField)) byField[field] = message;
    }
    setServerErrors(byField);
    return Object.keys(byField).length > 0;
  };

  const reset = useCallback((next: V) => {
    setValues(next);
    setInitial(next);
    setTouched(new Set());
    setServerErrors({});
  }, []);

  const dirty = useMemo(() => (Object.keys(values) as Array<keyof V>).some((key) => values[key] !== initial[key]), [values, initial]);

  return { values, setValue, field, touch, errorOf, submit, handleSubmit, submitFailed, applyProblem, reset, dirty };
}
