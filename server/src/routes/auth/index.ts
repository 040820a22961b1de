// Logging in and the signed-in user's profile.
import Router from '@koa/router';

import type { AppDeps } from '../../app';
import type { AppState } from '../../http/state';
import { addDevLogin } from './devLogin';
import { addMe } from './me';
import { addWechatLogin } from './wechatLogin';

export function authRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  addWechatLogin(router, deps);
  addDevLogin(router, deps);
  addMe(router, deps);
  return router;
}
