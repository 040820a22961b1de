// The one structured logger: pino writing JSON lines. Every finished line
// loses known credential fields by name (redactSecrets), then is scanned for
// ID numbers, phone numbers and tokens that slipped into messages or errors.
import pino from 'pino';

import type { LogLevel } from '../config';
import { stdoutLines } from './lineBuffer';
import { maskSensitive } from './maskSensitive';
import { redactSecrets } from './redactSecrets';

export type Logger = pino.Logger;

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; standard output when omitted. Tests pass a sink. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      hooks: { streamWrite: (line) => maskSensitive(redactSecrets(line)) },
    },
    // Gathered and written off the event loop; see lineBuffer.ts.
    options.destination ?? stdoutLines(),
  );
}
