// Builds the Koa application from its dependencies. Importing this file
// does no I/O; main.ts and the tests open the database and cache and pass
// them in.
import fs from 'node:fs';
import Koa, { type Middleware } from 'koa';
import serve from 'koa-static';

import type { Cache } from './cache/cache';
import type { Config } from './config';
import type { Database } from './db/database';
import { notFound } from './http/notFound';
import { errorHandler } from './http/errorHandler';
import { jsonBody } from './http/jsonBody';
import { requestContext } from './http/requestContext';
import type { AppState } from './http/state';
import { checkUrlEncoding } from './http/urlEncoding';
import type { WechatClient } from './integrations/wechat/code2session';
import type { Logger } from './log/logger';
import { createRouter } from './routes';

export interface AppDeps {
  config: Config;
  db: Database;
  cache: Cache;
  log: Logger;
  wechat: WechatClient;
}

export function createApp(deps: AppDeps): Koa<AppState> {
  const app = new Koa<AppState>();
  // Errors the error handler cannot turn into an answer (a response stream
  // failing after the headers went out) reach Koa's own handler, which
  // would print them unmasked to stderr.
  app.on('error', (error: unknown) => {
    deps.log.error({ err: error }, 'response failed');
  });

  app.use(requestContext(deps.log));
  app.use(errorHandler());
  app.use(checkUrlEncoding());
  app.use(notFound());
  app.use(underApi(jsonBody()));
  const router = createRouter(deps);
  app.use(router.routes());
  app.use(router.allowedMethods());
  if (fs.existsSync(deps.config.staticDir)) {
    app.use(outsideApi(serve(deps.config.staticDir)));
  }
  return app;
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function underApi(middleware: Middleware): Middleware {
  return (ctx, next) => (isApiPath(ctx.path) ? middleware(ctx, next) : next());
}

function outsideApi(middleware: Middleware): Middleware {
  return (ctx, next) => (isApiPath(ctx.path) ? next() : middleware(ctx, next));
}
