// GET /health for load balancers and operators: is the database answering,
// is the cache? The in-process cache cannot be down.
import Router from '@koa/router';
import type { HealthView } from '@creditplus/shared';

import type { AppDeps } from '../../app';
import type { AppState } from '../../http/state';

export function healthRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  router.get('/health', async (ctx) => {
    const [database, cache] = await Promise.all([
      databaseStatus(deps),
      cacheStatus(deps),
    ]);
    const healthy = database === 'ok' && cache !== 'down';
    if (!healthy) ctx.state.log.warn({ database, cache }, 'unhealthy');

    const view: HealthView = {
      status: healthy ? 'ok' : 'degraded',
      database,
      cache,
    };
    ctx.status = healthy ? 200 : 503;
    ctx.body = view;
  });

  return router;
}

async function databaseStatus(deps: AppDeps): Promise<HealthView['database']> {
  try {
    await deps.db.sequelize.query('SELECT 1');
    return 'ok';
  } catch {
    return 'down';
  }
}

async function cacheStatus(deps: AppDeps): Promise<HealthView['cache']> {
  if (deps.cache.kind === 'memory') return 'memory';
  return (await deps.cache.ping()) ? 'ok' : 'down';
}
