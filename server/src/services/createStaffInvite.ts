// The merchant's enterprise agent invites a staff member with a one-time
// code: 128 random bits, valid for a day, used once. Only its hash is
// stored, so the code is shown this once and a leaked table is useless.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffInviteView } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { AuthUser } from '../http/state';
import { AppError } from '../errors';

export const INVITE_TTL_MS = 24 * 3_600_000;

export function inviteCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export async function createStaffInvite(
  db: Database,
  user: AuthUser,
  now: Date = new Date(),
): Promise<StaffInviteView> {
  const merchant =
    user.merchantId === null
      ? null
      : await db.models.Merchant.findByPk(user.merchantId);
  // Staff redeem vouchers; only the agent acting for the merchant's own
  // organization decides who joins.
  if (
    merchant === null ||
    user.role !== 'enterprise' ||
    user.subjectId !== merchant.subjectId
  ) {
    throw new AppError('not_enterprise_agent');
  }
  if (merchant.status !== 'approved') {
    throw new AppError('merchant_not_approved', { status: merchant.status });
  }

  const code = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await db.models.StaffInvite.create({
    merchantId: merchant.id,
    codeHash: inviteCodeHash(code),
    createdByUserId: user.id,
    expiresAt,
  });
  return { code, expiresAt: expiresAt.toISOString() };
}
