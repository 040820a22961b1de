// An /api path that no route answered gets the JSON error shape, not Koa's
// plain-text 404.
import type { Middleware } from 'koa';

import { AppError } from '../errors';

export function apiNotFound(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body == null) {
      throw new AppError('not_found');
    }
  };
}
