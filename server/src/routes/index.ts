// Every route of the server. Each area builds its own router from the
// app's dependencies; this file only mounts them.
import Router from '@koa/router';

import type { AppDeps } from '../app';
import type { AppState } from '../http/state';
import { authRouter } from './auth';
import { departmentRouter } from './department';
import { healthRouter } from './health';
import { merchantRouter } from './merchant';
import { meRouter } from './me';
import { myMarketplaceRouter } from './myMarketplace';
import { offersRouter } from './offers';
import { officeRouter } from './office';
import { officeReviewRouter } from './officeReview';
import { publicRouter } from './public';

export function createRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  for (const area of [
    healthRouter(deps),
    authRouter(deps),
    meRouter(deps),
    offersRouter(deps),
    merchantRouter(deps),
    myMarketplaceRouter(deps),
    officeReviewRouter(deps),
    departmentRouter(deps),
    officeRouter(deps),
    publicRouter(deps),
  ]) {
    router.use(area.routes());
  }
  return router;
}
