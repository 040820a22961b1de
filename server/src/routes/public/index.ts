// The public query of organizations, open to anyone without a login. The
// answers carry Cache-Control so a CDN or proxy in front takes the load of
// repeated lookups; only public data is in them.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { parseQuery } from '../../http/parseQuery';
import type { AppState } from '../../http/state';
import { getPublicOrganization } from '../../services/getPublicOrganization';
import { searchOrganizations } from '../../services/searchOrganizations';

const PUBLIC_MAX_AGE_SECONDS = 60;

const searchQuery = z.object({
  q: z.string().trim().min(2).max(50),
});

const detailQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export function publicRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const queryDeps = { db: deps.db, dataKey: deps.config.dataKey };

  router.get('/api/public/organizations', async (ctx) => {
    const { q } = parseQuery(searchQuery, ctx);
    ctx.body = await searchOrganizations(queryDeps, q);
    ctx.set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  });

  router.get('/api/public/organizations/:uscc', async (ctx) => {
    const { page } = parseQuery(detailQuery, ctx);
    ctx.body = await getPublicOrganization(queryDeps, ctx.params.uscc, page);
    ctx.set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  });
  return router;
}
