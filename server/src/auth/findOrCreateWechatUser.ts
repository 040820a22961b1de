// The account of a WeChat user, created on their first login as a citizen
// who has not yet bound a subject. Two first logins racing each other end
// on the same row: the unique openid lets one insert win and the other
// reads it.
import { UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import type { User } from '../db/models';

const newUserName = '微信用户';

export async function findOrCreateWechatUser(
  db: Database,
  openid: string,
): Promise<User> {
  const { User } = db.models;
  const existing = await User.findOne({ where: { openid } });
  if (existing) return existing;

  try {
    return await User.create({
      openid,
      login: null,
      displayName: newUserName,
      role: 'citizen',
      subjectId: null,
      merchantId: null,
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintError)) throw error;
    return User.findOne({ where: { openid }, rejectOnEmpty: true });
  }
}
