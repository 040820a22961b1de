// Gives every request an id (the caller's X-Request-Id when it looks safe,
// else a new one), echoes it, binds a child logger to it and logs one line
// per request once the answer is known.
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';

import type { Logger } from '../log/logger';
import type { AppState } from './state';

const saneRequestId = /^[A-Za-z0-9._:-]{1,64}$/;
// A run of digits as long as a phone number could be personal data; such an
// id is replaced rather than echoed.
const digitRun = /\d{11}/;

export function requestContext(log: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const offered = ctx.get('X-Request-Id');
    const requestId =
      saneRequestId.test(offered) && !digitRun.test(offered)
        ? offered
        : randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.log = log.child({ requestId });
    ctx.set('X-Request-Id', requestId);

    const started = performance.now();
    try {
      await next();
    } finally {
      // Query values can carry codes or IDs; only their names are logged.
      ctx.state.log.info(
        {
          method: ctx.method,
          path: ctx.path,
          queryKeys: Object.keys(ctx.query),
          status: ctx.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  };
}
