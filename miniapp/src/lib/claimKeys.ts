// A claim tap gets one idempotency key. If the answer is lost (network
// down, server error) the next tap on the same offer is a retry of that
// tap and sends the same key, so the server hands back the same voucher
// instead of a second one.

import type { ApiError } from './apiError';

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

// Idempotency keys need uniqueness, not secrecy: the weapp runtime has no
// synchronous crypto, so Math.random stands in where crypto is missing.
function defaultFill(bytes: Uint8Array): Uint8Array {
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) {
    return crypto.getRandomValues(bytes);
  }
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = Math.floor(Math.random() * 256);
  }
  return bytes;
}

/** 32 lowercase hex characters (128 bits). */
export function newIdempotencyKey(fill: RandomFill = defaultFill): string {
  return Array.from(fill(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

export class ClaimKeys {
  private readonly pending = new Map<number, string>();

  constructor(private readonly newKey: () => string = newIdempotencyKey) {}

  /** Sends a claim for the offer, reusing the key of an unanswered tap. */
  async claim<T>(offerId: number, send: (key: string) => Promise<T>) {
    let key = this.pending.get(offerId);
    if (key === undefined) {
      key = this.newKey();
      this.pending.set(offerId, key);
    }

    try {
      const result: T = await send(key);
      this.pending.delete(offerId);
      return result;
    } catch (error) {
      // A definite refusal (4xx) ends the tap; the next one is a new claim.
      if (!(error as Partial<ApiError>).retryable) {
        this.pending.delete(offerId);
      }
      throw error;
    }
  }
}
