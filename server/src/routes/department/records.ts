// A department's own records: list and search them, revoke one.
import type Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser } from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import { parseQuery } from '../../http/parseQuery';
import type { AppState } from '../../http/state';
import { listDepartmentRecords } from '../../services/department/listDepartmentRecords';
import { revokeRecord } from '../../services/department/revokeRecord';
import { staffDepartmentId, staffOnly } from './guards';

const listQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const revokeBody = z.strictObject({
  reason: z.string().trim().min(2).max(500),
});

export function addDepartmentRecords(
  router: Router<AppState>,
  deps: AppDeps,
): void {
  router.get('/api/department/records', ...staffOnly(deps), async (ctx) => {
    ctx.body = await listDepartmentRecords(
      { db: deps.db, dataKey: deps.config.dataKey },
      staffDepartmentId(ctx),
      parseQuery(listQuery, ctx),
    );
  });

  router.post(
    '/api/department/records/:id/revoke',
    ...staffOnly(deps),
    async (ctx) => {
      const recordId = idParam(ctx.params.id, 'record_not_found');
      const { reason } = parseBody(revokeBody, ctx);
      const user = currentUser(ctx);
      ctx.body = await revokeRecord(deps, {
        recordId,
        departmentId: staffDepartmentId(ctx),
        userId: user.id,
        reason,
      });
      ctx.state.log.info({ recordId, userId: user.id }, 'record revoked');
    },
  );
}
