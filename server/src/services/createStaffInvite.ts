// The merchant's enterprise agent invites a staff member with a one-time
// code (see issueStaffInvite.ts).
import type { StaffInviteView } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { AuthUser } from '../http/state';
import { AppError } from '../errors';
import { issueStaffInvite } from './issueStaffInvite';

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

  return issueStaffInvite(db, { merchantId: merchant.id }, user.id, now);
}
