// The credit office publishes scoring-model versions and follows the
// rescore job each one starts. Only office accounts get in.
import Router from '@koa/router';
import type { Middleware } from 'koa';
import type { ModelPublished } from '@creditplus/shared';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser, requireUser } from '../../auth/requireUser';
import { AppError } from '../../errors';
import { parseBody } from '../../http/parseBody';
import { idParam } from '../../http/idParam';
import type { AppState } from '../../http/state';
import { runRescoreAll } from '../../jobs/rescoreAll';
import { getJob } from '../../services/getJob';
import { listScoringModels } from '../../services/listScoringModels';
import { presentJob, presentScoringModel } from '../../services/presentScoring';
import { publishScoringModel } from '../../services/publishScoringModel';

// Only the shape is checked here; what the values mean (known record
// types, caps, points within caps) is the domain's check, which lists
// every problem at once as 422 model_invalid.
const ruleBody = z.strictObject({
  recordType: z.string().max(32),
  severity: z.string().max(16).optional(),
  category: z.string().max(16).optional(),
  points: z.number(),
  label: z.string().max(100),
  halfLifeDays: z.number().optional(),
});
const modelBody = z.strictObject({
  subjectKind: z.string().max(32),
  base: z.number(),
  dimensions: z
    .array(
      z.strictObject({
        key: z.string().max(64),
        label: z.string().max(100),
        cap: z.strictObject({ min: z.number(), max: z.number() }),
        rules: z.array(ruleBody).max(50),
      }),
    )
    .max(20),
});

function requireOffice(): Middleware<AppState> {
  return async (ctx, next) => {
    if (currentUser(ctx).role !== 'office') throw new AppError('forbidden');
    await next();
  };
}

export function officeRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireOffice()];

  router.get('/api/office/models', ...guard, async (ctx) => {
    ctx.body = await listScoringModels(deps.db);
  });

  router.post('/api/office/models', ...guard, async (ctx) => {
    const draft = parseBody(modelBody, ctx);
    const { model, job } = await publishScoringModel(
      deps.db,
      draft,
      currentUser(ctx).id,
    );
    // The walk outlives the request; it logs its own progress and failure.
    runRescoreAll(deps, job.id).catch((error: unknown) =>
      deps.log.error({ err: error, jobId: job.id }, 'rescore did not start'),
    );
    const body: ModelPublished = {
      model: presentScoringModel(model),
      job: presentJob(job),
    };
    ctx.status = 201;
    ctx.body = body;
  });

  router.get('/api/office/jobs/:id', ...guard, async (ctx) => {
    ctx.body = await getJob(deps.db, idParam(ctx.params.id, 'job_not_found'));
  });
  return router;
}
