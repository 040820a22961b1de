// Merchants: registration and staff, offers and statistics, redeeming
// vouchers, reporting deposit-free deals, looking at a claimant's grade.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireMerchant,
  requireUser,
} from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { listRedemptions } from '../../services/listRedemptions';
import { redeemVoucher } from '../../services/redeemVoucher';
import { reportPerformance } from '../../services/reportPerformance';
import { viewClaimantGrade } from '../../services/viewClaimantGrade';
import type { Guard } from './guard';
import { addOfferRoutes } from './offers';
import { addRegistrationRoutes } from './registration';

const redeemBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{32}$/, '核销码须为 32 位十六进制字符')
    .transform((code) => code.toLowerCase()),
});

const performanceBody = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('returned') }),
  z.strictObject({
    outcome: z.literal('defaulted'),
    amountFen: z.number().int().min(1).max(100_000_000),
  }),
]);

export function merchantRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard: Guard = [requireUser(deps), requireMerchant()];
  const staff = (ctx: { state: AppState }) => {
    const user = currentUser(ctx);
    return { userId: user.id, merchantId: user.merchantId as number };
  };

  router.post('/api/merchant/redemptions', ...guard, async (ctx) => {
    const { code } = parseBody(redeemBody, ctx);
    const { userId, merchantId } = staff(ctx);
    ctx.status = 201;
    ctx.body = await redeemVoucher(deps.db, {
      code,
      staffUserId: userId,
      merchantId,
    });
  });

  router.get('/api/merchant/redemptions', ...guard, async (ctx) => {
    ctx.body = await listRedemptions(deps.db, staff(ctx).merchantId);
  });

  router.post(
    '/api/merchant/redemptions/:voucherId/performance',
    ...guard,
    async (ctx) => {
      const voucherId = idParam(ctx.params.voucherId, 'voucher_not_found');
      const body = parseBody(performanceBody, ctx);
      ctx.status = 201;
      ctx.body = await reportPerformance(
        { db: deps.db, cache: deps.cache, dataKey: deps.config.dataKey },
        {
          ...staff(ctx),
          voucherId,
          outcome: body.outcome,
          amountFen: body.outcome === 'defaulted' ? body.amountFen : null,
        },
      );
    },
  );

  router.get('/api/merchant/subjects/:claimId/grade', ...guard, async (ctx) => {
    const claimId = idParam(ctx.params.claimId, 'grade_not_authorized');
    const { userId, merchantId } = staff(ctx);
    ctx.body = await viewClaimantGrade(deps, {
      claimId,
      merchantId,
      viewerUserId: userId,
    });
  });

  addRegistrationRoutes(router, deps, guard);
  addOfferRoutes(router, deps, guard);
  return router;
}
