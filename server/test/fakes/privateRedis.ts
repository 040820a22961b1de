// A redis-server of the test's own, on a port of its own, so a test can
// stop and restart it without touching the Redis other suites share. It
// keeps nothing on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

import { closedPort } from './closedPort';

/** The redis-server binary on PATH, or null when it is not installed. */
export function findRedisServer(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'redis-server');
    if (dir !== '' && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  /** SIGKILL: no goodbye to clients, as when the machine dies. */
  kill(): Promise<void>;
}

export async function privateRedis(binary: string): Promise<PrivateRedis> {
  const port = await closedPort();
  let child: ChildProcess | null = null;

  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        binary,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', ''].concat([
          '--appendonly',
          'no',
        ]),
        { stdio: 'ignore' },
      );
      await untilListening(port, child);
    },
    async kill() {
      const running = child;
      child = null;
      if (running === null || running.exitCode !== null) return;
      const exited = new Promise((done) => running.once('exit', done));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

async function untilListening(port: number, child: ChildProcess) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`redis-server exited with ${child.exitCode}`);
    }
    if (await accepts(port)) return;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`redis-server not listening on ${port} after 5 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
