// A logger whose lines are kept in memory, to check what would be logged.
import { createLogger, type Logger } from '../../src/log/logger';

export interface LogCapture {
  log: Logger;
  /** Everything written so far, one JSON line per entry. */
  text(): string;
}

export function captureLog(): LogCapture {
  const lines: string[] = [];
  const log = createLogger({
    level: 'info',
    destination: { write: (line: string) => lines.push(line) },
  });
  return { log, text: () => lines.join('') };
}
