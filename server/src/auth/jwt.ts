// Login tokens: HS256 only (the algorithm is pinned so `alg: none` or a
// swapped algorithm is refused), subject = user id, expiry always set.
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

import { AppError } from '../errors';

const decimalId = /^[1-9]\d{0,14}$/;

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

export function signToken(
  userId: number,
  settings: TokenSettings,
  now: Date = new Date(),
): SignedToken {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAt + settings.ttlSeconds;
  const token = jwt.sign(
    { sub: String(userId), iat: issuedAt, exp: expiresAtSeconds },
    settings.secret,
    { algorithm: 'HS256' },
  );
  return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
}

// Given a string, jsonwebtoken builds a key object at every call, first
// trying to read the secret as a public key; that cost more than all the
// rest of an authenticated request. The key object is built once.
//
// Checking the signature still cost a good part of a request, and a client
// sends the same token for days. Once a token verified, only the clock can
// change its answer, so each secret remembers its verified tokens with
// their expiry, a bounded number, the oldest forgotten first.
const MAX_VERIFIED_TOKENS = 10_000;

interface Verified {
  userId: number;
  exp: number;
}

interface Verifier {
  key: KeyObject;
  verified: Map<string, Verified>;
}

const verifiers = new Map<string, Verifier>();

function verifierFor(secret: string): Verifier {
  let verifier = verifiers.get(secret);
  if (verifier === undefined) {
    const key = createSecretKey(Buffer.from(secret, 'utf8'));
    verifier = { key, verified: new Map() };
    verifiers.set(secret, verifier);
  }
  return verifier;
}

/** The user id a token was signed for; throws token_expired/token_invalid. */
export function verifyToken(
  token: string,
  settings: TokenSettings,
  now: Date = new Date(),
): number {
  const clock = Math.floor(now.getTime() / 1000);
  const verifier = verifierFor(settings.secret);
  const known = verifier.verified.get(token);
  if (known !== undefined) {
    // Expired from the second of `exp` on, as jsonwebtoken judges it.
    if (clock >= known.exp) {
      verifier.verified.delete(token);
      throw new AppError('token_expired');
    }
    return known.userId;
  }

  const verified = verifySignature(token, verifier.key, clock);
  if (verifier.verified.size >= MAX_VERIFIED_TOKENS) {
    const oldest = verifier.verified.keys().next().value as string;
    verifier.verified.delete(oldest);
  }
  verifier.verified.set(token, verified);
  return verified.userId;
}

function verifySignature(
  token: string,
  key: KeyObject,
  clock: number,
): Verified {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: ['HS256'],
      clockTimestamp: clock,
    });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw new AppError('token_expired');
    }
    throw new AppError('token_invalid');
  }

  // A token without an expiry would be valid forever: refuse it.
  if (typeof payload === 'string' || typeof payload.exp !== 'number') {
    throw new AppError('token_invalid');
  }
  // Only the decimal ids signToken writes: `0x1` or `1e0` are not user 1.
  if (typeof payload.sub !== 'string' || !decimalId.test(payload.sub)) {
    throw new AppError('token_invalid');
  }
  const userId = Number(payload.sub);
  return { userId, exp: payload.exp };
}
