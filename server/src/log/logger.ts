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

// Each line is written at once, pino's default. Written asynchronously,
// lines pile up while a write is out, and sonic-boom measures the whole
// pile again at every line, which cost more than the write it saves.
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      hooks: { streamWrite: (line) => maskSensitive(redactSecrets(line)) },
    },
    options.destination ?? pino.destination({ sync: true }),
  );
}
