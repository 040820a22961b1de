// POST /api/auth/wechat {code}: log in with the code of `wx.login`.
import type Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { findOrCreateWechatUser } from '../../auth/findOrCreateWechatUser';
import { issueLogin } from '../../auth/issueLogin';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';

const wechatLoginBody = z.strictObject({
  code: z.string().min(1).max(128),
});

export function addWechatLogin(router: Router<AppState>, deps: AppDeps): void {
  router.post('/api/auth/wechat', async (ctx) => {
    const { code } = parseBody(wechatLoginBody, ctx);

    const { openid } = await deps.wechat.code2session(code);
    const user = await findOrCreateWechatUser(deps.db, openid);
    ctx.state.log.info({ userId: user.id }, 'wechat login');

    ctx.body = await issueLogin(deps.db, deps.config, user);
  });
}
