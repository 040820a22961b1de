// Admits a department's signed push (docs/contract.md). The order matters:
// the signature is checked before the clock and the nonce, so an unsigned
// caller learns nothing and cannot use up a real client's nonces; the
// nonce is recorded last, through a unique key in the database, so a
// replay is refused across every process and without Redis. Runs after
// jsonBody, which keeps the raw body the signature covers.
import type { Middleware } from 'koa';
import { Op, UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import { openSecret } from '../domain/keySecret';
import {
  SIGNATURE_WINDOW_SECONDS,
  signatureMatches,
  timestampFresh,
} from '../domain/pushSignature';
import { AppError } from '../errors';
import type { AppState } from './state';

export interface SignatureDeps {
  db: Database;
  dataKey: Buffer;
  now?: () => Date;
}

// Twice the window either way, so no nonce a fresh request could reuse is
// ever pruned.
const NONCE_KEEP_MS = 2 * SIGNATURE_WINDOW_SECONDS * 1000;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const TIMESTAMP = /^\d{1,12}$/;
const SIGNATURE = /^[0-9a-fA-F]{64}$/;

export function verifySignature(deps: SignatureDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const now = deps.now?.() ?? new Date();
    const keyId = ctx.get('X-Key-Id');
    const timestamp = ctx.get('X-Timestamp');
    const nonce = ctx.get('X-Nonce');
    const signature = ctx.get('X-Signature');
    // Told apart from a wrong signature: the formats are public, and a
    // client sending milliseconds or a short nonce learns what to fix.
    if (
      !keyId ||
      !SIGNATURE.test(signature) ||
      !NONCE.test(nonce) ||
      !TIMESTAMP.test(timestamp)
    ) {
      throw new AppError('signature_malformed');
    }

    const key = await deps.db.models.DepartmentKey.findOne({
      where: { keyId, revokedAt: null },
    });
    if (key === null) throw new AppError('signature_invalid');
    const body = Buffer.from(
      (ctx.request as { rawBody?: string }).rawBody ?? '',
      'utf8',
    );
    const request = { method: ctx.method, path: ctx.path, timestamp, nonce };
    const secret = openSecret(key.secretCipher, deps.dataKey);
    if (!signatureMatches({ ...request, body }, secret, signature)) {
      throw new AppError('signature_invalid');
    }
    if (!timestampFresh(timestamp, now)) throw new AppError('signature_stale');

    await rememberNonce(deps.db, keyId, nonce, now);
    ctx.state.pushKey = { keyId, departmentId: key.departmentId };
    await next();
  };
}

async function rememberNonce(
  db: Database,
  keyId: string,
  nonce: string,
  now: Date,
): Promise<void> {
  const { PushNonce } = db.models;
  await PushNonce.destroy({
    where: { createdAt: { [Op.lt]: new Date(now.getTime() - NONCE_KEEP_MS) } },
  });
  try {
    await PushNonce.create({ keyId, nonce, createdAt: now });
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new AppError('signature_replayed');
    }
    throw error;
  }
}
