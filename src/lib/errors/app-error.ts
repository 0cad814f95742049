import type { MessageCode, MessageParams } from './messages.ts';

/** What went wrong, in terms the HTTP layer maps to a status code. */
export type ErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'conflict' | 'duplicate' | 'unauthenticated' | 'rate_limited' | 'too_large' | 'unsupported';

/** One field's problem, with a message code resolved to Persian or English at the edge. */
export interface FieldError {
  path: string;
  code: MessageCode;
  params?: MessageParams;
}

/**
 * The one error type services throw. The message is a code from the catalogue, so the same
 * error reads in Persian or English depending on who asks.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  /** A 409 for a value that must be unique and is taken, pointing at its field. */
  static duplicate(path: string, code: MessageCode, params: MessageParams = {}): AppError {
    return new AppError('duplicate', code, params, [{ path, code, params }]);
  }

  /** A 422 for one field, the most common case. */
  static field(path: string, code: MessageCode, params: MessageParams = {}): AppError {
    return new AppError('invalid', code, params, [{ path, code, params }]);
  }
}

/** HTTP status for each kind (DESIGN.md: 400/422, 404, 403, 409). */
export const statusOfKind: Record<ErrorKind, number> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  duplicate: 409,
  unauthenticated: 401,
  rate_limited: 429,
  too_large: 413,
  unsupported: 415,
};
