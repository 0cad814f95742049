import type { z } from 'zod';
import type { FieldError } from './app-error.ts';
import { isMessageCode, type MessageCode, type MessageParams } from './messages.ts';

// A message per expected type, so the Persian text never carries an English type name.
const codeOfExpected: Partial<Record<string, MessageCode>> = {
  number: 'field.not_number',
  int: 'field.not_integer',
  string: 'field.not_text',
  boolean: 'field.not_boolean',
  array: 'field.not_list',
  object: 'field.not_object',
};

/**
 * Turns a zod issue into a field error with a message code. Schemas may carry their own
 * message code as the issue message (for domain wording such as "population cannot be
 * negative"); otherwise the issue's kind decides.
 */
export function fieldErrorFromIssue(issue: z.core.$ZodIssue): FieldError {
  const path = issue.path.map(String).join('.');
  if (isMessageCode(issue.message)) {
    // A custom issue may carry the values its message needs ({value} of a date that does not exist).
    const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    return params ? { path, code: issue.message, params } : { path, code: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined) return { path, code: 'field.required' };
      if (issue.expected === 'int') return { path, code: 'field.not_integer' };
      return { path, code: codeOfExpected[issue.expected] ?? 'field.type' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? { path, code: 'field.empty' } : { path, code: 'field.too_short', params: { min: Number(issue.minimum) } };
      }
      if (Number(issue.minimum) === 0 && issue.origin === 'number') return { path, code: 'field.negative' };
      return { path, code: 'field.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { path, code: 'field.too_long', params: { max: Number(issue.maximum) } };
      return { path, code: 'field.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      // A missing choice (severity, role) is missing, not a wrong value; only known when the
      // issue carries its input (the server parses with reportInput).
      if ('input' in issue && issue.input === undefined) return { path, code: 'field.required' };
      return { path, code: 'field.not_allowed_value', params: { allowed: issue.values.map(String).join('، ') } };
    case 'invalid_format':
      return { path, code: 'field.bad_format' };
    case 'unrecognized_keys':
      return { path, code: 'field.unknown', params: { keys: issue.keys.join(', ') } };
    default:
      return { path, code: 'field.invalid' };
  }
}
