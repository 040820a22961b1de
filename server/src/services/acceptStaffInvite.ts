// A citizen redeems a staff invite and becomes staff of its merchant or
// department. The invite is spent by a conditional update, so two people
// racing with one code end with one new staff member; the user's own
// update is conditional too, so one user cannot join two at once.
import type { UserProfile } from '@creditplus/shared';
import { Op } from 'sequelize';

import { forgetAuthUsers } from '../auth/authUserCache';
import { loadUserProfile } from '../auth/userProfile';
import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { StaffInvite } from '../db/models';
import type { AuthUser } from '../http/state';
import { AppError } from '../errors';
import { inviteCodeHash } from './issueStaffInvite';

export async function acceptStaffInvite(
  deps: { db: Database; cache: Cache },
  user: AuthUser,
  code: string,
  now: Date = new Date(),
): Promise<UserProfile> {
  if (user.merchantId !== null || user.departmentId !== null) {
    throw new AppError('already_staff');
  }
  if (user.role !== 'citizen') throw new AppError('forbidden');
  const { db } = deps;
  const { StaffInvite, User } = db.models;

  await db.sequelize.transaction(async (transaction) => {
    const invite = await StaffInvite.findOne({
      where: { codeHash: inviteCodeHash(code) },
      transaction,
    });
    if (invite === null) throw new AppError('invite_invalid');
    const [spent] = await StaffInvite.update(
      { usedAt: now, usedByUserId: user.id },
      {
        where: {
          id: invite.id,
          usedAt: null,
          expiresAt: { [Op.gt]: now },
        },
        transaction,
      },
    );
    if (spent === 0) throw new AppError('invite_invalid');
    const [joined] = await User.update(staffBinding(invite), {
      where: { id: user.id, merchantId: null, departmentId: null },
      transaction,
    });
    if (joined === 0) throw new AppError('already_staff');
    transaction.afterCommit(() => forgetAuthUsers(deps.cache, [user.id]));
  });

  const fresh = await User.findByPk(user.id, { rejectOnEmpty: true });
  return loadUserProfile(db, fresh);
}

function staffBinding(invite: StaffInvite) {
  return invite.departmentId === null
    ? { role: 'merchant' as const, merchantId: invite.merchantId }
    : { role: 'department' as const, departmentId: invite.departmentId };
}
