// Removes credentials from a finished log line by field name: the fields
// below at the top level and up to two levels down, where logging code puts
// them (token, wechat.code, req.headers.authorization). This works on the
// line rather than through pino's `redact` option, whose wildcard paths
// cost several times the rest of a request log line; a line without any
// such field name, nearly every one, is only scanned once.

const secretKeys = new Set([
  'token',
  'code',
  'js_code',
  'session_key',
  'secret',
  'password',
  'authorization',
  'cookie',
  'set-cookie',
]);

const mayHoldSecret = new RegExp(`"(?:${[...secretKeys].join('|')})":`);
const CENSOR = '[redacted]';
const DEPTH = 3;

export function redactSecrets(line: string): string {
  if (!mayHoldSecret.test(line)) return line;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return line;
  }
  censor(parsed, DEPTH);
  return `${JSON.stringify(parsed)}\n`;
}

function censor(value: unknown, depth: number): void {
  if (depth === 0 || typeof value !== 'object' || value === null) return;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (secretKeys.has(key)) fields[key] = CENSOR;
    else censor(fields[key], depth - 1);
  }
}
