import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import type { z } from 'zod';

/** Stable error codes of the API; clients switch on these, never on messages. */
export type ErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid_request'
  | 'conflict'
  | 'idempotency_key_reused'
  | 'idempotency_in_flight'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'account_locked'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_request: 400,
  conflict: 409,
  idempotency_key_reused: 422,
  idempotency_in_flight: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  invalid_request: 'Invalid request',
  conflict: 'Conflict',
  idempotency_key_reused: 'Idempotency key reused with another request',
  idempotency_in_flight: 'A request with this idempotency key is still in progress',
  rate_limited: 'Too many requests',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  account_locked: 'Account locked',
  internal: 'Internal error',
};

/** One failing field of a request, as a 400 lists them. */
export interface FieldError {
  field: string;
  message: string;
}

/** An error the API answers on purpose, with a stable code and a message safe to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** A 404 for an entity the caller may not see or that does not exist (the two look alike). */
export const notFound = (what: string): ApiError => new ApiError('not_found', `${what} not found`);

/** A 403 saying what the caller's role may not do. */
export const forbidden = (message: string): ApiError => new ApiError('forbidden', message);

/** A 400 naming one field. */
export const invalidField = (field: string, message: string): ApiError =>
  new ApiError('invalid_request', `${field}: ${message}`, [{ field, message }]);

/** Turns a zod failure into a 400 that names every failing field. */
export function fromZodError(error: ZodError, where: 'body' | 'query' | 'params'): ApiError {
  const fieldErrors = error.issues.map((issue) => ({
    field: fieldName(issue, where),
    message: issue.message,
  }));
  const summary = fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new ApiError('invalid_request', summary, fieldErrors);
}

function fieldName(issue: z.core.$ZodIssue, where: string): string {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
  return path.length === 0 ? where : path.map(String).join('.');
}

/** The problem+json body of an error. */
export function problemBody(error: ApiError, requestId: string | undefined) {
  return {
    type: `https://relance.dev/problems/${error.code}`,
    title: TITLE[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(requestId ? { requestId } : {}),
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  };
}

/** The one error middleware: known errors as problem+json, anything else a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const requestId = typeof req.id === 'string' ? req.id : String(req.id ?? '');
    const apiError = toApiError(err);
    if (apiError.code === 'internal') {
      logger.error(
        { err: scrub(err), requestId, method: req.method, path: req.path },
        'unhandled error',
      );
    }
    res
      .status(apiError.status)
      .type('application/problem+json')
      .send(JSON.stringify(problemBody(apiError, requestId)));
  };
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return fromZodError(err, 'body');
  const e = err as { type?: string; status?: number; expose?: boolean } | null;
  if (e?.type === 'entity.too.large')
    return new ApiError('payload_too_large', 'request body is too large');
  if (e?.type === 'entity.parse.failed')
    return new ApiError('invalid_request', 'body: is not valid JSON', [
      { field: 'body', message: 'is not valid JSON' },
    ]);
  if (e?.status === 415) return new ApiError('unsupported_media_type', 'send application/json');
  return new ApiError(
    'internal',
    'an unexpected error occurred; the request id identifies it in the logs',
  );
}

/** Keeps an error's name, message and stack for the log, nothing it may carry besides. */
function scrub(err: unknown) {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { message: String(err) };
}
