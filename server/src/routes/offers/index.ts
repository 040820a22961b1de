// Offers with my eligibility, and claiming one.
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { bearerUserId, currentUser, requireUser } from '../../auth/requireUser';
import { AppError } from '../../errors';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { claimOffer } from '../../services/claimOffer';
import { listOffers } from '../../services/listOffers';
import { isSoldOut } from '../../services/soldOutOffers';

const claimBody = z.strictObject({
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, '须为 8–64 位字母、数字、下划线或连字符'),
});

export function offersRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  router.get('/api/offers', requireUser(deps), async (ctx) => {
    ctx.body = await listOffers(deps, currentUser(ctx).subjectId);
  });

  // The claimant's user row is read with the claim (claimContext), not by
  // requireUser: see there why.
  router.post(
    '/api/offers/:id/claims',
    refuseWhenSoldOut(deps),
    async (ctx) => {
      const userId = bearerUserId(ctx, deps.config.jwt);
      const offerId = idParam(ctx.params.id, 'offer_not_found');
      const { idempotencyKey } = parseBody(claimBody, ctx);
      const result = await claimOffer(deps, {
        offerId,
        userId,
        idempotencyKey,
      });
      ctx.status = result.created ? 201 : 200;
      ctx.body = result.voucher;
    },
  );
  return router;
}

// A tap on an offer known to be sold out is answered before the claimant's
// user row is loaded: in a flash crowd these are most taps, and the token
// alone (signature and expiry) is enough to answer them. Everything else
// is left to requireUser and claimOffer.
function refuseWhenSoldOut(deps: AppDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const offerId = idParam(ctx.params.id, 'offer_not_found');
    if (!(await isSoldOut(deps.cache, offerId))) return next();
    bearerUserId(ctx, deps.config.jwt);
    throw new AppError('quota_exhausted');
  };
}
