// The subject's side of the marketplace: cancelling a voucher, what it was
// told, objecting to a record and who looked at its grade.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireSubject,
  requireUser,
} from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { cancelVoucher } from '../../services/cancelVoucher';
import { fileObjection } from '../../services/fileObjection';
import { listNotifications } from '../../services/listNotifications';
import { listQueryLog } from '../../services/listQueryLog';

const objectionBody = z.strictObject({
  reason: z.string().trim().min(5).max(500),
});

export function myMarketplaceRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireSubject()];
  const subjectId = (ctx: { state: AppState }) =>
    currentUser(ctx).subjectId as number;

  router.post('/api/me/vouchers/:id/cancel', ...guard, async (ctx) => {
    const voucherId = idParam(ctx.params.id, 'voucher_not_found');
    parseBody(z.strictObject({}), ctx);
    ctx.body = await cancelVoucher(deps, {
      voucherId,
      subjectId: subjectId(ctx),
    });
  });

  router.get('/api/me/notifications', ...guard, async (ctx) => {
    ctx.body = await listNotifications(deps.db, subjectId(ctx));
  });

  router.post('/api/me/records/:id/objections', ...guard, async (ctx) => {
    const recordId = idParam(ctx.params.id, 'record_not_found');
    const { reason } = parseBody(objectionBody, ctx);
    ctx.status = 201;
    ctx.body = await fileObjection(deps.db, {
      recordId,
      subjectId: subjectId(ctx),
      userId: currentUser(ctx).id,
      reason,
    });
  });

  router.get('/api/me/query-log', ...guard, async (ctx) => {
    ctx.body = await listQueryLog(deps.db, subjectId(ctx));
  });
  return router;
}
