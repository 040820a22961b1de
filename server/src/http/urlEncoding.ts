// Refuses a path whose percent-encoding does not decode, before the router
// (which would pass the raw text on as a parameter) or the static server
// sees it.
import type { Middleware } from 'koa';

import { AppError } from '../errors';

export function checkUrlEncoding(): Middleware {
  return (ctx, next) => {
    // Only a percent sign can start an encoding that does not decode.
    const { path } = ctx;
    if (path.includes('%')) {
      try {
        decodeURIComponent(path);
      } catch {
        throw new AppError('bad_url_encoding');
      }
    }
    return next();
  };
}
