// The one structured logger: pino writing JSON lines. Every finished line
// loses known credential fields by name (redactSecrets), then is scanned for
// ID numbers, phone numbers and tokens that slipped into messages or errors.
import pino from 'pino';

import type { LogLevel } from '../config';
import { maskSensitive } from './maskSensitive';
import { redactSecrets } from './redactSecrets';

export type Logger = pino.Logger;

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; standard output when omitted. Tests pass a sink. */
  destination?: pino.DestinationStream;
}

// Lines are written off the event loop, a kilobyte or so at a time: one
// write per line, or a synchronous write, cost a busy process more than
// the line itself. Not more: sonic-boom measures the whole pending text
// again at every line. A quiet process writes what it holds within a
// second, and pino writes the rest synchronously when the process exits.
const MIN_WRITE_BYTES = 1024;
const FLUSH_EVERY_MS = 1000;

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      hooks: { streamWrite: (line) => maskSensitive(redactSecrets(line)) },
    },
    options.destination ??
      pino.destination({
        sync: false,
        minLength: MIN_WRITE_BYTES,
        periodicFlush: FLUSH_EVERY_MS,
      }),
  );
}
