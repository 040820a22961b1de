// The signature of a department's push (docs/contract.md): hex HMAC-SHA256
// with the key's secret over METHOD, PATH, TIMESTAMP, NONCE and the hex
// SHA-256 of the body, joined by newlines. Signing the body's hash rather
// than the body keeps the signed text small and unambiguous.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request's clock may be from ours, either way. */
export const SIGNATURE_WINDOW_SECONDS = 300;

export interface SignedRequest {
  method: string;
  path: string;
  /** Unix seconds, as sent in X-Timestamp. */
  timestamp: string;
  nonce: string;
  body: Buffer;
}

export function signPush(request: SignedRequest, secret: string): string {
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const text = [
    request.method.toUpperCase(),
    request.path,
    request.timestamp,
    request.nonce,
    bodyHash,
  ].join('\n');
  return createHmac('sha256', secret).update(text).digest('hex');
}

export function signatureMatches(
  request: SignedRequest,
  secret: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signPush(request, secret), 'hex');
  const given = /^[0-9a-fA-F]{64}$/.test(signature)
    ? Buffer.from(signature, 'hex')
    : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether X-Timestamp is Unix seconds within the window of `now`. */
export function timestampFresh(timestamp: string, now: Date): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  return skew <= SIGNATURE_WINDOW_SECONDS;
}
