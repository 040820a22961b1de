// The merchant's offers: drafts created and edited, moved along their
// lifecycle, listed with statistics.
import type Router from '@koa/router';
import type { OfferAction } from '@creditplus/shared';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser } from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { changeOfferStatus } from '../../services/changeOfferStatus';
import { listMerchantOffers } from '../../services/listMerchantOffers';
import { merchantStats } from '../../services/merchantStats';
import {
  createOfferDraft,
  replaceOfferDraft,
} from '../../services/saveOfferDraft';
import { offerBody } from './offerBody';
import type { Guard } from './guard';

const ACTIONS: OfferAction[] = ['submit', 'pause', 'resume', 'end'];
const emptyBody = z.strictObject({});

export function addOfferRoutes(
  router: Router<AppState>,
  deps: AppDeps,
  guard: Guard,
): void {
  const merchantId = (ctx: { state: AppState }) =>
    currentUser(ctx).merchantId as number;

  router.get('/api/merchant/offers', ...guard, async (ctx) => {
    ctx.body = await listMerchantOffers(deps.db, merchantId(ctx));
  });

  router.post('/api/merchant/offers', ...guard, async (ctx) => {
    const draft = parseBody(offerBody, ctx);
    ctx.status = 201;
    ctx.body = await createOfferDraft(deps.db, merchantId(ctx), draft);
  });

  router.put('/api/merchant/offers/:id', ...guard, async (ctx) => {
    const offerId = idParam(ctx.params.id, 'offer_not_found');
    const draft = parseBody(offerBody, ctx);
    ctx.body = await replaceOfferDraft(
      deps.db,
      merchantId(ctx),
      offerId,
      draft,
    );
  });

  for (const action of ACTIONS) {
    router.post(`/api/merchant/offers/:id/${action}`, ...guard, async (ctx) => {
      const offerId = idParam(ctx.params.id, 'offer_not_found');
      parseBody(emptyBody, ctx);
      ctx.body = await changeOfferStatus(deps.db, {
        merchantId: merchantId(ctx),
        offerId,
        action,
      });
    });
  }

  router.get('/api/merchant/stats', ...guard, async (ctx) => {
    ctx.body = await merchantStats(deps.db, merchantId(ctx));
  });
}
