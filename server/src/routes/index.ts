// Every route of the server. Each area builds its own router from the
// app's dependencies; this file only mounts them, by branch (see
// branchRouter.ts).
import type { AppDeps } from '../app';
import { authRouter } from './auth';
import { branchRouter, type BranchRouter } from './branchRouter';
import { departmentRouter } from './department';
import { healthRouter } from './health';
import { merchantRouter } from './merchant';
import { meRouter } from './me';
import { myMarketplaceRouter } from './myMarketplace';
import { offersRouter } from './offers';
import { officeRouter } from './office';
import { officeDepartmentsRouter } from './officeDepartments';
import { officeReviewRouter } from './officeReview';
import { publicRouter } from './public';

export function createRouter(deps: AppDeps): BranchRouter {
  return branchRouter([
    healthRouter(deps),
    authRouter(deps),
    meRouter(deps),
    offersRouter(deps),
    merchantRouter(deps),
    myMarketplaceRouter(deps),
    officeReviewRouter(deps),
    departmentRouter(deps),
    officeRouter(deps),
    officeDepartmentsRouter(deps),
    publicRouter(deps),
  ]);
}
