import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { captureLog } from '../../test/support/logCapture';
import { gracefulShutdown } from './gracefulShutdown';

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

// A server whose /slow answer waits until the test lets it go.
async function startServer() {
  let slowArrived: () => void = () => undefined;
  let finishSlow: () => void = () => undefined;
  const slowStarted = new Promise<void>((arrived) => (slowArrived = arrived));
  const server = http.createServer((req, res) => {
    if (req.url !== '/slow') {
      res.end('fast');
      return;
    }
    finishSlow = () => res.end('slow done');
    slowArrived();
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    slowStarted,
    finishSlow: () => finishSlow(),
  };
}

function waitForExit() {
  let exited: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  return { exit: (code: number) => exited(code), exitCode };
}

describe('gracefulShutdown', () => {
  it('finishes an in-flight request, refuses new ones, releases, exits 0', async () => {
    const { server, url, slowStarted, finishSlow } = await startServer();
    const { exit, exitCode } = waitForExit();
    const release = jest.fn(async () => undefined);
    const stop = gracefulShutdown({
      server,
      release,
      log: captureLog().log,
      graceMs: 5000,
      exit,
    });
    const inFlight = fetch(`${url}/slow`).then((res) => res.text());
    await slowStarted;

    stop('SIGTERM');
    const refused = await fetch(`${url}/fast`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(release).not.toHaveBeenCalled();
    finishSlow();

    expect(await inFlight).toBe('slow done');
    expect(refused).toBe('refused');
    expect(await exitCode).toBe(0);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('exits 1 on a second signal without waiting', async () => {
    const { server, url, slowStarted } = await startServer();
    const { exit, exitCode } = waitForExit();
    const stop = gracefulShutdown({
      server,
      release: async () => undefined,
      log: captureLog().log,
      graceMs: 5000,
      exit,
    });
    fetch(`${url}/slow`).catch(() => undefined);
    await slowStarted;

    stop('SIGTERM');
    stop('SIGINT');

    expect(await exitCode).toBe(1);
  });

  it('exits 1 when in-flight requests outlast the grace period', async () => {
    const { server, url, slowStarted } = await startServer();
    const { exit, exitCode } = waitForExit();
    const logs = captureLog();
    const stop = gracefulShutdown({
      server,
      release: async () => undefined,
      log: logs.log,
      graceMs: 100,
      exit,
    });
    fetch(`${url}/slow`).catch(() => undefined);
    await slowStarted;

    stop('SIGTERM');

    expect(await exitCode).toBe(1);
    expect(logs.text()).toContain('did not finish in time');
  });
});
