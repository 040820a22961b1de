// Gives every request an id (the caller's X-Request-Id when it looks safe,
// else a new one), echoes it, gives the request a logger bound to it (see
// requestState.ts) and logs one line per request once the answer is known.
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';

import { type Logger, requestLog } from '../log/logger';
import { maskSensitive } from '../log/maskSensitive';
import { RequestState } from './requestState';
import type { AppState } from './state';

const saneRequestId = /^[A-Za-z0-9._:-]{1,64}$/;
// A run of digits as long as a phone number could be personal data; such an
// id is replaced rather than echoed.
const digitRun = /\d{11}/;

export function requestContext(log: Logger): Middleware<AppState> {
  const lines = requestLog(log);
  return async (ctx, next) => {
    const offered = ctx.get('X-Request-Id');
    const requestId =
      saneRequestId.test(offered) &&
      !digitRun.test(offered) &&
      maskSensitive(offered) === offered
        ? offered
        : randomUUID();
    ctx.state = new RequestState(log, requestId);
    ctx.set('X-Request-Id', requestId);

    const started = performance.now();
    try {
      await next();
    } finally {
      // Query values can carry codes or IDs; only their names are logged,
      // and only when there is a query (pino leaves an undefined field
      // out): most requests have none, and an empty list still costs the
      // line a serialization. The line skips the scans of finished lines
      // (requestLog), so what a client chose is masked here: the path and
      // the names; the request id was checked above, the method is a token.
      lines.info(
        {
          requestId,
          method: ctx.method,
          path: maskSensitive(ctx.path),
          queryKeys:
            ctx.querystring === ''
              ? undefined
              : Object.keys(ctx.query).map(maskSensitive),
          status: ctx.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  };
}
