// Becoming a merchant and joining one: an enterprise agent registers its
// organization and invites staff; a citizen joins with an invite code.
import type Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser, requireUser } from '../../auth/requireUser';
import { AppError } from '../../errors';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { acceptStaffInvite } from '../../services/acceptStaffInvite';
import { createStaffInvite } from '../../services/createStaffInvite';
import { getMerchant } from '../../services/listMerchants';
import { registerMerchant } from '../../services/registerMerchant';
import type { Guard } from './guard';

const registrationBody = z.strictObject({
  uscc: z.string().trim().min(1).max(40),
  name: z.string().trim().min(2).max(100).optional(),
});

const inviteCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{32}$/, '邀请码须为 32 位十六进制字符')
    .transform((code) => code.toLowerCase()),
});

export function addRegistrationRoutes(
  router: Router<AppState>,
  deps: AppDeps,
  guard: Guard,
): void {
  router.post('/api/merchants', requireUser(deps), async (ctx) => {
    const user = currentUser(ctx);
    if (user.role !== 'enterprise' || user.subjectId === null) {
      throw new AppError('not_enterprise_agent');
    }
    const body = parseBody(registrationBody, ctx);
    ctx.status = 201;
    ctx.body = await registerMerchant(
      { db: deps.db, cache: deps.cache, dataKey: deps.config.dataKey },
      { userId: user.id, subjectId: user.subjectId, ...body },
    );
  });

  router.get('/api/merchant', ...guard, async (ctx) => {
    ctx.body = await getMerchant(
      deps.db,
      currentUser(ctx).merchantId as number,
    );
  });

  router.post('/api/merchant/invites', ...guard, async (ctx) => {
    parseBody(z.strictObject({}), ctx);
    ctx.status = 201;
    ctx.body = await createStaffInvite(deps.db, currentUser(ctx));
  });

  router.post('/api/staff-invites/accept', requireUser(deps), async (ctx) => {
    const { code } = parseBody(inviteCodeBody, ctx);
    ctx.body = await acceptStaffInvite(deps, currentUser(ctx), code);
  });
}
