// A request that no route or static file answered gets the JSON error
// shape, not Koa's plain text: 404 for an unknown path, 405 (with the
// router's Allow header kept) for a method the path does not take.
import type { Middleware } from 'koa';

import { AppError } from '../errors';

export function notFound(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.body != null) return;
    if (ctx.status === 404) throw new AppError('not_found');
    if (ctx.status === 405 || ctx.status === 501) {
      throw new AppError('method_not_allowed');
    }
  };
}
