// A one-time staff invite for a merchant or a department: 128 random
// bits, valid for a day, used once. Only its hash is stored, so the code
// is shown this once and a leaked table is useless.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffInviteView } from '@creditplus/shared';

import type { Database } from '../db/database';

export const INVITE_TTL_MS = 24 * 3_600_000;

/** Whom the invite makes staff of: one merchant or one department. */
export type InviteTarget = { merchantId: number } | { departmentId: number };

export function inviteCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export async function issueStaffInvite(
  db: Database,
  target: InviteTarget,
  createdByUserId: number,
  now: Date = new Date(),
): Promise<StaffInviteView> {
  const code = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
  await db.models.StaffInvite.create({
    ...target,
    codeHash: inviteCodeHash(code),
    createdByUserId,
    expiresAt,
  });
  return { code, expiresAt: expiresAt.toISOString() };
}
