// Turns every thrown error into the one JSON error shape. AppErrors keep
// their code; Koa's own HTTP errors are mapped by status; anything else is a
// 500 `internal` whose message and stack stay in the server log.
import type { Middleware } from 'koa';

import { AppError, type ErrorCode } from '../errors';
import type { AppState } from './state';

// Statuses that Koa and its middlewares raise themselves.
// Static files answer 403 to a path that climbs out of their folder.
const codeByHttpStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  403: 'forbidden',
  404: 'not_found',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

export function errorHandler(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'internal') {
        ctx.state.log.error({ err: error }, 'unhandled error');
      }

      ctx.status = appError.status;
      ctx.body = {
        error: {
          code: appError.code,
          message: appError.message,
          requestId: ctx.state.requestId,
          ...(appError.details === undefined
            ? {}
            : { details: appError.details }),
        },
      };
    }
  };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isExposedHttpError(error)) {
    const code = codeByHttpStatus[error.status];
    if (code) return new AppError(code);
    if (error.status < 500) return new AppError('bad_request');
  }
  return new AppError('internal');
}

function isExposedHttpError(
  error: unknown,
): error is { status: number; expose: true } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    'expose' in error &&
    typeof error.status === 'number' &&
    error.expose === true
  );
}
