// The server process: validate the configuration, open and migrate the
// database, seed the demo city when asked, listen, and shut down cleanly on
// SIGTERM or SIGINT.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Op } from 'sequelize';

import { createApp } from './app';
import { createCache } from './cache/createCache';
import { loadConfig, type Config } from './config';
import { type Database, migrate, openDatabase } from './db/database';
import {
  createWechatClient,
  unconfiguredWechatClient,
} from './integrations/wechat/code2session';
import { gracefulShutdown } from './http/gracefulShutdown';
import { createHttpServer } from './http/httpServer';
import { resumeRescoreJobs } from './jobs/rescoreAll';
import { scheduleRecordExpiry } from './jobs/expireRecords';
import { createLogger, type Logger } from './log/logger';
import { maskSensitive } from './log/maskSensitive';
import { seedDemoIfEmpty } from './services/seedDemo';

// In-flight requests get this long after a signal before the exit is forced.
const shutdownGraceMs = 10_000;
// Disclosure windows end at Beijing midnight; an hourly run ends a record
// within the hour, and readers never wait for it (ratings recompute daily).
const recordExpiryIntervalMs = 60 * 60 * 1000;

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    console.error('Credit+ cannot start, the configuration is invalid:');
    for (const problem of loaded.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const { config } = loaded;
  const log = createLogger({ level: config.logLevel });
  for (const warning of loaded.warnings) log.warn(warning);

  const db = openDatabase(databaseOptions(config));
  await migrate(db);
  if (config.seedDemo) await seedDemoIfEmpty(db, config, log);
  const cache = createCache(config);
  const wechat = config.wechat
    ? createWechatClient({ ...config.wechat, log })
    : unconfiguredWechatClient();

  const stopExpiry = scheduleRecordExpiry(
    { db, cache, log },
    recordExpiryIntervalMs,
  );
  const app = createApp({ config, db, cache, log, wechat });
  const server = createHttpServer(app.callback());
  await listen(server, config);
  log.info(
    {
      url: `http://localhost:${config.port}/`,
      database: db.sequelize.getDialect(),
      cache: cache.kind,
    },
    'Credit+ is listening',
  );
  if (!config.isProduction) await logDemoLogins(db, log);
  // A rescore a stopped process left unfinished continues from its cursor.
  const jobs = new AbortController();
  resumeRescoreJobs({ db, cache, log }, { signal: jobs.signal }).catch(
    (error: unknown) => log.error({ err: error }, 'jobs did not resume'),
  );

  const stop = gracefulShutdown({
    server,
    release: async () => {
      jobs.abort();
      stopExpiry();
      await Promise.all([db.close(), cache.close()]);
    },
    log,
    graceMs: shutdownGraceMs,
    exit: (code) => process.exit(code),
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

// A taken port is the most common start failure: say so plainly, with the
// way out, instead of an unhandled 'error' event and its stack.
function listen(server: http.Server, config: Config): Promise<void> {
  return new Promise((listening, failed) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        console.error(
          `Credit+ cannot listen on ${config.host}:${config.port} ` +
            `(${error.code}); set PORT to a free port.`,
        );
        process.exit(1);
      }
      failed(error);
    });
    server.listen(config.port, config.host, listening);
  });
}

function databaseOptions(config: Config) {
  if ('url' in config.database) return { url: config.database.url };
  fs.mkdirSync(path.dirname(config.database.sqlitePath), { recursive: true });
  return { sqlitePath: config.database.sqlitePath };
}

async function logDemoLogins(db: Database, log: Logger): Promise<void> {
  const users = await db.models.User.findAll({
    where: { login: { [Op.ne]: null } },
    order: [['id', 'ASC']],
  });
  const logins = users.map((user) => user.login);
  if (logins.length > 0) {
    log.info({ logins }, 'demo logins (POST /api/auth/dev {login})');
  }
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? error.stack : String(error);
  console.error(`Credit+ failed to start: ${maskSensitive(detail ?? '')}`);
  process.exit(1);
});
