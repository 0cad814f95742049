import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  type FieldError,
  fieldErrorFromIssue,
  fieldLabel,
  type Locale,
  localeFromAcceptLanguage,
  type MessageCode,
  statusOfKind,
  translate,
} from '../lib/errors/index.ts';
import { RequestValidationError } from './validation.ts';

interface Problem {
  status: number;
  code: MessageCode;
  params?: Record<string, string | number>;
  fieldErrors?: FieldError[];
}

function problemOf(error: unknown): Problem {
  if (error instanceof AppError) {
    return { status: statusOfKind[error.kind], code: error.code, params: error.params, fieldErrors: error.fieldErrors };
  }
  if (error instanceof RequestValidationError) {
    return { status: 400, code: 'request.invalid', fieldErrors: error.issues.map(fieldErrorFromIssue) };
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'request.malformed_json' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'request.too_large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'request.unsupported_media_type' };
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return { status: 400, code: 'request.malformed_json' };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, code: 'request.invalid' };
  }
  return { status: 500, code: 'server.internal' };
}

/** Writes an RFC 9457 problem document in the caller's language. */
export function sendProblem(reply: FastifyReply, locale: Locale, problem: Problem): FastifyReply {
  const title = translate(problem.code, locale, problem.params);
  const errors = (problem.fieldErrors ?? []).map((fieldError) => ({
    path: fieldError.path,
    code: fieldError.code,
    message: translate(fieldError.code, locale, { label: fieldLabel(fieldError.path.split('.'), locale), ...fieldError.params }),
  }));
  const detail = errors.length > 0 ? errors.map((error) => error.message).join(' ') : title;
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: `https://tavana.ir/problems/${problem.code}`, title, status: problem.status, detail, code: problem.code, errors });
}

/** One error handler for the whole API (DESIGN.md, Errors). A 5xx never leaks internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const problem = problemOf(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, localeFromAcceptLanguage(request.headers['accept-language']), problem);
  });
}
