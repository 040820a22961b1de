// The user row every authenticated request checks (role, subject,
// merchant, department), cached so that check is one cache round trip
// instead of a database query. The token alone is not trusted with these:
// a token lives for days, but a new role or a merchant binding must count
// from the next request, in every process. So changes to a user retire
// the entry after their commit (forgetAuthUsers), generation-keyed as the
// rating cache is; should that bump fail, the entry lives on for at most
// AUTH_USER_TTL_SECONDS. Each process keeps the user decoded (see
// cache/nearCache.ts), frozen since every request shares it.
import type { Cache } from '../cache/cache';
import { generational, type Generational } from '../cache/generational';
import type { Database } from '../db/database';
import type { AuthUser } from '../http/state';

export const AUTH_USER_TTL_SECONDS = 60;

export function authUserEntries(cache: Cache): Generational<AuthUser> {
  return generational(cache, 'auth-user', AUTH_USER_TTL_SECONDS, (text) =>
    Object.freeze(JSON.parse(text) as AuthUser),
  );
}

/** The user as requireUser sees it, or null when there is no such user. */
export async function loadAuthUser(
  deps: { db: Database; cache: Cache },
  userId: number,
): Promise<AuthUser | null> {
  const entries = authUserEntries(deps.cache);
  const cached = await entries.read(userId).catch(() => null);
  if (cached?.value != null) return cached.value;

  // A missing user is not cached: its token is refused at every request.
  const user = await deps.db.models.User.findByPk(userId, {
    attributes: ['id', 'role', 'subjectId', 'merchantId', 'departmentId'],
  });
  if (user === null) return null;
  const auth: AuthUser = {
    id: user.id,
    role: user.role,
    subjectId: user.subjectId,
    merchantId: user.merchantId,
    departmentId: user.departmentId ?? null,
  };
  if (cached !== null) {
    await entries
      .write(userId, cached, JSON.stringify(auth))
      .catch(() => undefined);
  }
  return auth;
}

/** Call after a change to these users committed; never fails the change. */
export async function forgetAuthUsers(
  cache: Cache,
  userIds: Iterable<number>,
): Promise<void> {
  await authUserEntries(cache)
    .forget(userIds)
    .catch(() => undefined);
}
