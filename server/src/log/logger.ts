// The one structured logger: pino writing JSON lines. Known credential
// fields are removed by key path; every finished line is then scanned for ID
// numbers, phone numbers and tokens that slipped into messages or errors.
import pino from 'pino';

import type { LogLevel } from '../config';
import { maskSensitive } from './maskSensitive';

export type Logger = pino.Logger;

const secretKeys = [
  'token',
  'code',
  'js_code',
  'session_key',
  'secret',
  'password',
  'authorization',
  'cookie',
];

const redactPaths = [
  ...secretKeys,
  ...secretKeys.map((key) => `*.${key}`),
  ...secretKeys.map((key) => `*.*.${key}`),
  'req.headers["set-cookie"]',
];

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
      redact: { paths: redactPaths, censor: '[redacted]' },
      hooks: { streamWrite: maskSensitive },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
