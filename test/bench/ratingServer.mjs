// The server side of the rating-read benchmark, run as a child process so
// autocannon does not share its event loop: either the real app (MariaDB +
// Redis) or a bare Koa app answering a fixed JSON body of the same size.
// Usage: node ratingServer.mjs app|bare <port> <databaseUrl> <redisUrl>
import http from 'node:http';
import Koa from 'koa';

import { serverModule } from './lib.mjs';

const [mode, port, databaseUrl, redisUrl] = process.argv.slice(2);

function bareApp(body) {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = body;
  });
  return app;
}

async function realApp() {
  const { createApp } = serverModule('app');
  const { loadConfig } = serverModule('config');
  const { openDatabase } = serverModule('db/database');
  const { createCache } = serverModule('cache/createCache');
  const { createLogger } = serverModule('log/logger');
  const { unconfiguredWechatClient } = serverModule(
    'integrations/wechat/code2session',
  );
  const loaded = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    LOG_LEVEL: 'info',
    STATIC_DIR: 'nonexistent',
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const { config } = loaded;
  return createApp({
    config,
    db: openDatabase({ url: databaseUrl }),
    cache: createCache(config),
    // Request logs are written, as in production, to a discarded stdout.
    log: createLogger({ level: config.logLevel }),
    wechat: unconfiguredWechatClient(),
  });
}

const app =
  mode === 'bare'
    ? bareApp(JSON.parse(process.env.BARE_BODY))
    : await realApp();
http.createServer(app.callback()).listen(Number(port), '127.0.0.1', () => {
  process.send?.('listening');
});
// Exiting, rather than dying of the signal, lets --cpu-prof write its file.
process.on('SIGTERM', () => process.exit(0));
