// The answer to every successful login: a token and the user's profile.
import type { LoginResult } from '@creditplus/shared';

import type { Config } from '../config';
import type { Database } from '../db/database';
import type { User } from '../db/models';
import { signToken } from './jwt';
import { loadUserProfile } from './userProfile';

export async function issueLogin(
  db: Database,
  config: Pick<Config, 'jwt'>,
  user: User,
): Promise<LoginResult> {
  const { token, expiresAt } = signToken(user.id, config.jwt);
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: await loadUserProfile(db, user),
  };
}
