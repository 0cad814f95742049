/** One field's problem as the server reports it (RFC 9457 extension `errors`). */
export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

/** An RFC 9457 problem document as the Tavana API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: ProblemFieldError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a problem document defensively: a proxy may answer with HTML or nothing. */
export function toProblem(body: unknown, status: number, fallbackTitle: string): Problem {
  if (!isRecord(body)) return { type: 'about:blank', title: fallbackTitle, status, detail: fallbackTitle, code: 'unknown', errors: [] };
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((error) => ({
        path: typeof error.path === 'string' ? error.path : '',
        code: typeof error.code === 'string' ? error.code : '',
        message: typeof error.message === 'string' ? error.message : '',
      }))
    : [];
  const title = typeof body.title === 'string' && body.title ? body.title : fallbackTitle;
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : title,
    code: typeof body.code === 'string' ? body.code : 'unknown',
    errors,
  };
}

/** A failed API call; `problem.title` is already in the user's language. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Network failure (server unreachable), told apart from an HTTP error. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}
