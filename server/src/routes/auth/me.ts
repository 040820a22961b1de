// GET /api/me: the signed-in user's own profile.
import type Router from '@koa/router';

import type { AppDeps } from '../../app';
import { currentUser, requireUser } from '../../auth/requireUser';
import { loadUserProfile } from '../../auth/userProfile';
import type { AppState } from '../../http/state';

export function addMe(router: Router<AppState>, deps: AppDeps): void {
  router.get('/api/me', requireUser(deps), async (ctx) => {
    const user = await deps.db.models.User.findByPk(currentUser(ctx).id, {
      rejectOnEmpty: true,
    });
    ctx.body = await loadUserProfile(deps.db, user);
  });
}
