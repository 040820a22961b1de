// The one structured logger: pino writing JSON lines. Every finished line
// loses known credential fields by name (redactSecrets), then is scanned for
// ID numbers, phone numbers and tokens that slipped into messages or errors;
// only the request line, masked as it is made, skips that (requestLog).
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

// Each logger's sibling for request lines; see requestLog below.
const requestLogs = new WeakMap<Logger, Logger>();

export function createLogger(options: LoggerOptions): Logger {
  // Gathered and written off the event loop; see lineBuffer.ts.
  const destination = options.destination ?? stdoutLines();
  const log = pino(
    {
      level: options.level,
      base: undefined,
      hooks: { streamWrite: (line) => maskSensitive(redactSecrets(line)) },
    },
    destination,
  );
  requestLogs.set(
    log,
    pino({ level: options.level, base: undefined }, destination),
  );
  return log;
}

/**
 * Where the line of every request goes: the same output and format, but
 * the finished line is not scanned again. The scans cost a warm rating
 * read a tenth of its time, the load it puts on the machine included.
 * Only for lines whose every field is masked where it is made, as
 * http/requestContext.ts does; a logger made elsewhere answers itself.
 */
export function requestLog(log: Logger): Logger {
  return requestLogs.get(log) ?? log;
}
