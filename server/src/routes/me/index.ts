// The signed-in user's subject: its rating, records and vouchers.
import Router from '@koa/router';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireSubject,
  requireUser,
} from '../../auth/requireUser';
import type { AppState } from '../../http/state';
import { getRatingBody } from '../../services/getRating';
import { listMyVouchers } from '../../services/listMyVouchers';
import { listRatingHistory } from '../../services/listRatingHistory';
import { listRecords } from '../../services/listRecords';

const JSON_TYPE = 'application/json; charset=utf-8';

export function meRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireSubject()];
  const subjectId = (ctx: { state: AppState }) =>
    currentUser(ctx).subjectId as number;

  router.get('/api/me/rating', ...guard, async (ctx) => {
    // Sent as the cache holds it, without parsing and serializing again;
    // the type is written out, as looking up 'json' cost more than this.
    ctx.set('Content-Type', JSON_TYPE);
    ctx.body = await getRatingBody(deps, subjectId(ctx));
  });
  router.get('/api/me/rating/history', ...guard, async (ctx) => {
    ctx.body = await listRatingHistory(deps.db, subjectId(ctx));
  });
  router.get('/api/me/records', ...guard, async (ctx) => {
    ctx.body = await listRecords(deps.db, subjectId(ctx));
  });
  router.get('/api/me/vouchers', ...guard, async (ctx) => {
    ctx.body = await listMyVouchers(deps.db, subjectId(ctx));
  });
  return router;
}
