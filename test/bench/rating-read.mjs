// A logged-in subject reading its own rating over HTTP (MariaDB + Redis,
// cache warm) against a bare Koa JSON endpoint, both measured here with
// autocannon: 100 connections for 10 s each. The two take turns for a few
// rounds and the medians are compared, so one slow moment of the machine
// does not decide the figure.
// Usage: node test/bench/rating-read.mjs [--duration 10] [--rounds 3]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

import {
  benchDatabase,
  generateCity,
  openServerDatabase,
  option,
  redisUrl,
  report,
  round,
  serverModule,
} from './lib.mjs';

const duration = option('duration', 10);
const rounds = option('rounds', 3);
const connections = 100;
const serverScript = fileURLToPath(
  new URL('./ratingServer.mjs', import.meta.url),
);

const bench = await benchDatabase('rating_read');
const children = [];
try {
  const db = await openServerDatabase(bench.url);
  await generateCity(bench.url, 1000, 5);
  const user = await db.models.User.create({
    role: 'citizen',
    login: null,
    openid: null,
    displayName: '压测市民',
    subjectId: 2,
    merchantId: null,
  });
  const { loadConfig } = serverModule('config');
  const { signToken } = serverModule('auth/jwt');
  const loaded = loadConfig({ NODE_ENV: 'development' });
  const { token } = signToken(user.id, loaded.config.jwt);
  await db.close();

  const appUrl = await start('app', 18081);
  const warm = await fetch(`${appUrl}/api/me/rating`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (warm.status !== 200) throw new Error(`rating read ${warm.status}`);
  const body = await warm.text();
  // Both servers stay up; only the one under load works.
  const bareUrl = await start('bare', 18082, { BARE_BODY: body });

  const apps = [];
  const bares = [];
  for (let i = 1; i <= rounds; i += 1) {
    apps.push(
      await load(`${appUrl}/api/me/rating`, {
        Authorization: `Bearer ${token}`,
      }),
    );
    bares.push(await load(`${bareUrl}/`, {}));
    console.log(
      `round ${i}: app ${round(apps.at(-1).requests.average, 0)} req/s,` +
        ` bare ${round(bares.at(-1).requests.average, 0)} req/s`,
    );
  }
  stop();
  const app = median(apps);
  const bare = median(bares);

  report({
    connections,
    duration_s: duration,
    rounds,
    req_per_s: round(app.requests.average, 0),
    p99_ms: app.latency.p99,
    baseline_req_per_s: round(bare.requests.average, 0),
    ratio: round(app.requests.average / bare.requests.average, 2),
  });
} finally {
  stop();
  await bench.drop();
}

async function start(mode, port, env = {}) {
  const child = fork(serverScript, [mode, String(port), bench.url, redisUrl], {
    env: { ...process.env, ...env },
    // BENCH_SERVER_ARGS passes node flags, e.g. --cpu-prof to profile it.
    execArgv: process.env.BENCH_SERVER_ARGS?.split(' ') ?? [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${mode} exited ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

function stop() {
  while (children.length > 0) children.pop().kill();
}

async function load(url, headers) {
  const result = await autocannon({ url, connections, duration, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return result;
}

/** The run with the median request rate. */
function median(results) {
  const sorted = [...results].sort(
    (a, b) => a.requests.average - b.requests.average,
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
