// Mounts routers so that a request is matched only against the ones with a
// route under its branch, the path's first two segments (`/api/me`). The
// router tests a request against its routes one by one, and against all of
// them, since several may answer in turn: across every area that was a
// good part of a fast request.
//
// Since a route's branch is written out, the routes of other branches
// cannot match a path of this one, and the branch's routes are tried in
// the order they were mounted, as one router with all of them would. Any
// other path (one of no branch, or in another letter case, which the
// router also matches) is tried against every route.
import Router from '@koa/router';

import type { AppState } from '../http/state';

type Routes = ReturnType<Router<AppState>['routes']>;

export interface BranchRouter {
  routes(): Routes;
  /** Answers 405 and 501 as the router does, with its Allow header. */
  allowedMethods(): ReturnType<Router<AppState>['allowedMethods']>;
}

export function branchRouter(areas: Router<AppState>[]): BranchRouter {
  const every = mount(areas);
  const byBranch = new Map<string, Routes>();
  for (const branch of new Set(areas.flatMap(branchesOf))) {
    const served = areas.filter((area) => branchesOf(area).includes(branch));
    byBranch.set(branch, mount(served).routes());
  }
  const everyRoute = every.routes();

  return {
    routes: () => (ctx, next) =>
      (byBranch.get(branchOf(ctx.path)) ?? everyRoute)(ctx, next),
    allowedMethods: () => every.allowedMethods(),
  };
}

function mount(areas: Router<AppState>[]): Router<AppState> {
  const router = new Router<AppState>();
  for (const area of areas) router.use(area.routes());
  return router;
}

// A parameter, wildcard or pattern in a route's branch would let it match
// paths of other branches; the routes are written so that none has one.
const literalBranch = /^\/[\w.-]*(?:\/[\w.-]*)?$/;

function branchesOf(area: Router<AppState>): string[] {
  return area.stack.map((layer) => {
    const branch = typeof layer.path === 'string' ? branchOf(layer.path) : '';
    if (!literalBranch.test(branch)) {
      throw new Error(`route ${String(layer.path)}: its branch is no literal`);
    }
    return branch;
  });
}

/** The path up to its third slash: `/api/me` of `/api/me/rating`. */
export function branchOf(path: string): string {
  const second = path.indexOf('/', 1);
  const third = second === -1 ? -1 : path.indexOf('/', second + 1);
  return third === -1 ? path : path.slice(0, third);
}
