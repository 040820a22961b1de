// Starts server processes (server/dist/main.js) on one MariaDB database
// and one Redis database, as a deployment behind a load balancer would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(
  new URL('../../../server/dist/main.js', import.meta.url),
);

export const benchSecrets = {
  JWT_SECRET: 'bench-jwt-secret-long-enough-for-hs256-000',
  DATA_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
};

export async function startServer({ port, databaseUrl, redisUrl }) {
  let output = '';
  // BENCH_SERVER_ARGS passes node flags, e.g. --cpu-prof to profile them.
  const flags = process.env.BENCH_SERVER_ARGS?.split(' ') ?? [];
  const child = spawn(process.execPath, [...flags, main], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      ...benchSecrets,
      WECHAT_APPID: 'wx-bench',
      WECHAT_SECRET: 'bench-secret',
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server on ${port} exited: ${output}`);
    }
    const ok = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, stop: () => stop(child) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child);
  throw new Error(`server on ${port} not healthy after 60 s: ${output}`);
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}
