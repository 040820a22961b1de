// Parses JSON request bodies up to 1 MB. A body of another type is refused
// rather than ignored, so a client bug is not mistaken for an empty body;
// multipart file uploads are left to the one route that takes them.
import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';

import { AppError } from '../errors';

const jsonLimit = '1mb';
// The methods whose bodies are read: the parser's own default, named here
// so a request of another method skips it.
const parsedMethods = ['POST', 'PUT', 'PATCH'];

export function jsonBody(): Middleware {
  const parse = bodyParser({
    enableTypes: ['json'],
    parsedMethods,
    jsonLimit,
    onError: (error) => {
      throw toBodyError(error);
    },
  });

  return (ctx, next) => {
    // `is` answers null when the request has no body at all.
    if (ctx.is('multipart/form-data')) return next();
    if (ctx.is('application/json') === false) {
      throw new AppError('unsupported_media_type');
    }
    return parsedMethods.includes(ctx.method) ? parse(ctx, next) : next();
  };
}

function toBodyError(error: Error): AppError {
  const status = (error as { status?: unknown }).status;
  if (status === 413) return new AppError('body_too_large');
  if (status === 415) return new AppError('unsupported_media_type');
  return new AppError('invalid_json');
}
