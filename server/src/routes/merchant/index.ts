// Merchant staff redeem vouchers and list what they redeemed.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireMerchant,
  requireUser,
} from '../../auth/requireUser';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { listRedemptions } from '../../services/listRedemptions';
import { redeemVoucher } from '../../services/redeemVoucher';

const redeemBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{32}$/)
    .transform((code) => code.toLowerCase()),
});

export function merchantRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireMerchant()];

  router.post('/api/merchant/redemptions', ...guard, async (ctx) => {
    const { code } = parseBody(redeemBody, ctx);
    const user = currentUser(ctx);
    ctx.status = 201;
    ctx.body = await redeemVoucher(deps.db, {
      code,
      staffUserId: user.id,
      merchantId: user.merchantId as number,
    });
  });

  router.get('/api/merchant/redemptions', ...guard, async (ctx) => {
    ctx.body = await listRedemptions(
      deps.db,
      currentUser(ctx).merchantId as number,
    );
  });
  return router;
}
