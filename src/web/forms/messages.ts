import type { z } from 'zod';
import { type FieldError, fieldErrorFromIssue, fieldLabel, isMessageCode, translate } from '../../lib/errors/index.ts';
import type { Problem } from '../api/problem.ts';
import type { Locale } from '../i18n/locale.ts';

/** Field path (`population`, `scope.codes`) → the message to show under that field. */
export type FieldMessages = Record<string, string>;

/** The text of a field error, worded exactly as the server words it. */
export function fieldErrorMessage(error: FieldError, locale: Locale): string {
  return translate(error.code, locale, { label: fieldLabel(error.path.split('.'), locale), ...error.params });
}

/** Messages for zod issues from the shared schemas, first issue per field. */
export function messagesFromIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldMessages {
  const result: FieldMessages = {};
  for (const issue of issues) {
    const error = fieldErrorFromIssue(issue);
    if (!(error.path in result)) result[error.path] = fieldErrorMessage(error, locale);
  }
  return result;
}

/** Messages from our own checks (parsing, cross-field rules), keyed the same way. */
export function messagesFromFieldErrors(errors: readonly FieldError[], locale: Locale): FieldMessages {
  const result: FieldMessages = {};
  for (const error of errors) {
    if (!(error.path in result)) result[error.path] = fieldErrorMessage(error, locale);
  }
  return result;
}

/** The server's field errors (already in the user's language), by path. */
export function messagesFromProblem(problem: Problem): FieldMessages {
  const result: FieldMessages = {};
  for (const error of problem.errors) {
    if (error.path && !(error.path in result)) result[error.path] = error.message;
  }
  return result;
}

export { isMessageCode };
