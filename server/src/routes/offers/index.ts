// Offers with my eligibility, and claiming one.
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
import { claimOffer } from '../../services/claimOffer';
import { listOffers } from '../../services/listOffers';

const claimBody = z.strictObject({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});

export function offersRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  router.get('/api/offers', requireUser(deps), async (ctx) => {
    ctx.body = await listOffers(deps, currentUser(ctx).subjectId);
  });

  router.post(
    '/api/offers/:id/claims',
    requireUser(deps),
    requireSubject(),
    async (ctx) => {
      const offerId = idParam(ctx.params.id, 'offer_not_found');
      const { idempotencyKey } = parseBody(claimBody, ctx);
      const user = currentUser(ctx);

      const result = await claimOffer(deps, {
        offerId,
        subjectId: user.subjectId as number,
        userId: user.id,
        idempotencyKey,
      });
      ctx.status = result.created ? 201 : 200;
      ctx.body = result.voucher;
    },
  );
  return router;
}
