// Stops the server on a signal: no new connections, in-flight requests
// finish, then the database and cache close and the process exits 0. A
// second signal, in-flight work outlasting the grace period or a failed
// close ends it with 1.
import type { Server } from 'node:http';

import type { Logger } from '../log/logger';

export interface ShutdownOptions {
  server: Server;
  /** Closes what the server used (database, cache) once it has stopped. */
  release: () => Promise<void>;
  log: Logger;
  graceMs: number;
  exit: (code: number) => void;
}

export function gracefulShutdown(
  options: ShutdownOptions,
): (signal: string) => void {
  const { server, log, exit } = options;
  let stopping = false;

  return (signal) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      log.error('in-flight requests did not finish in time: exiting');
      exit(1);
    }, options.graceMs);
    deadline.unref();

    // Keep-alive sockets would hold close() open until their own timeout:
    // drop each one as soon as its last request is answered.
    const sweeper = setInterval(() => server.closeIdleConnections(), 100);
    sweeper.unref();

    server.close(async () => {
      clearTimeout(deadline);
      clearInterval(sweeper);
      let code = 0;
      try {
        await options.release();
      } catch (error) {
        log.error({ err: error }, 'closing the database or cache failed');
        code = 1;
      }
      log.info('stopped');
      log.flush(() => exit(code));
    });
    server.closeIdleConnections();
  };
}
