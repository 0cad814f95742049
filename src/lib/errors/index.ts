export { AppError, statusOfKind, type ErrorKind, type FieldError } from './app-error.ts';
export { fieldLabel } from './field-labels.ts';
export { isMessageCode, localeFromAcceptLanguage, messages, translate, type Locale, type MessageCode, type MessageParams } from './messages.ts';
export { fieldErrorFromIssue } from './zod-issues.ts';
