// Login tokens: HS256 only (the algorithm is pinned so `alg: none` or a
// swapped algorithm is refused), subject = user id, expiry always set.
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

import { AppError } from '../errors';

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
const secretKeys = new Map<string, KeyObject>();

function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (key === undefined) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}

/** The user id a token was signed for; throws token_expired/token_invalid. */
export function verifyToken(token: string, settings: TokenSettings): number {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, secretKey(settings.secret), {
      algorithms: ['HS256'],
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
  const userId = Number(payload.sub);
  if (!Number.isSafeInteger(userId) || userId <= 0) {
    throw new AppError('token_invalid');
  }
  return userId;
}
