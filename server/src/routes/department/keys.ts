// A department's API keys for signed pushes: list, create (the secret is
// shown in that answer only), revoke. Rotation is create, then revoke.
import type Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser } from '../../auth/requireUser';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { createDepartmentKey } from '../../services/department/createDepartmentKey';
import { listDepartmentKeys } from '../../services/department/listDepartmentKeys';
import { revokeDepartmentKey } from '../../services/department/revokeDepartmentKey';
import { staffDepartmentId, staffOnly } from './guards';

export function addDepartmentKeys(
  router: Router<AppState>,
  deps: AppDeps,
): void {
  router.get('/api/department/keys', ...staffOnly(deps), async (ctx) => {
    ctx.body = await listDepartmentKeys(deps.db, staffDepartmentId(ctx));
  });

  router.post('/api/department/keys', ...staffOnly(deps), async (ctx) => {
    parseBody(z.strictObject({}), ctx);
    const key = await createDepartmentKey(
      { db: deps.db, dataKey: deps.config.dataKey },
      staffDepartmentId(ctx),
      currentUser(ctx).id,
    );
    ctx.state.log.info({ keyId: key.keyId }, 'department key created');
    ctx.status = 201;
    ctx.body = key;
  });

  router.delete(
    '/api/department/keys/:keyId',
    ...staffOnly(deps),
    async (ctx) => {
      const key = await revokeDepartmentKey(
        deps.db,
        staffDepartmentId(ctx),
        ctx.params.keyId,
      );
      ctx.state.log.info({ keyId: key.keyId }, 'department key revoked');
      ctx.body = key;
    },
  );
}
