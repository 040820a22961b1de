// The credit office reviews merchants and the offers they submit: the
// queues, and a decision with a reason. Only office accounts get in.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { requireOffice, requireUser } from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import { parseQuery } from '../../http/parseQuery';
import type { AppState } from '../../http/state';
import { listOffersByStatus } from '../../services/listMerchantOffers';
import { listMerchants } from '../../services/listMerchants';
import { reviewMerchant } from '../../services/reviewMerchant';
import { reviewOffer } from '../../services/reviewOffer';

const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'refuse']),
  reason: z.string().trim().min(2).max(200).optional(),
});

const merchantQuery = z.object({
  status: z.enum(['pending', 'approved', 'refused']).optional(),
});

const offerQuery = z.object({
  status: z
    .enum(['draft', 'in_review', 'published', 'paused', 'ended'])
    .default('in_review'),
});

export function officeReviewRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireOffice()];

  router.get('/api/office/merchants', ...guard, async (ctx) => {
    const { status } = parseQuery(merchantQuery, ctx);
    ctx.body = await listMerchants(deps.db, status ?? null);
  });

  router.post('/api/office/merchants/:id/review', ...guard, async (ctx) => {
    const merchantId = idParam(ctx.params.id, 'merchant_not_found');
    const { decision, reason } = parseBody(reviewBody, ctx);
    ctx.body = await reviewMerchant(deps.db, {
      merchantId,
      decision,
      reason: reason ?? null,
    });
  });

  router.get('/api/office/offers', ...guard, async (ctx) => {
    const { status } = parseQuery(offerQuery, ctx);
    ctx.body = await listOffersByStatus(deps.db, status);
  });

  router.post('/api/office/offers/:id/review', ...guard, async (ctx) => {
    const offerId = idParam(ctx.params.id, 'offer_not_found');
    const { decision, reason } = parseBody(reviewBody, ctx);
    ctx.body = await reviewOffer(deps.db, {
      offerId,
      decision,
      reason: reason ?? null,
    });
  });
  return router;
}
