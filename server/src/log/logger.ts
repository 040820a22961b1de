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

// Lines are gathered up to 4 KB and written off the event loop, not one
// write each; a quiet process writes what it holds within a second, and
// pino writes the rest synchronously when the process exits.
const MIN_WRITE_BYTES = 4096;
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
