// Rescores every subject after a model version is published. The job walks
// subjects by id in batches; each batch's ratings, history points and the
// job's cursor are written in one transaction, so a crash loses at most the
// batch in flight and a restart resumes after the last committed one.
//
// One process runs a given job at a time through `running` below. Two
// processes resuming the same job at boot would both walk it (harmless,
// each batch is idempotent, but wasted work); a lease column taken by a
// conditional update would make that exclusive.
import { Op } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { Job } from '../db/models';
import type { Logger } from '../log/logger';
import { loadScoringModels } from '../services/loadScoringModels';
import { forgetRatings } from '../services/ratingCache';
import { rescoreInChunks } from '../services/rescoreInChunks';
import { readRatings } from '../services/storeRatings';

export const RESCORE_ALL = 'rescore_all';
const DEFAULT_BATCH_SIZE = 500;
const MAX_ERROR_LENGTH = 500;

export interface JobDeps {
  db: Database;
  cache: Cache;
  log: Logger;
}

export interface RescoreAllOptions {
  batchSize?: number;
  /** Stops between batches, leaving the job running to resume later. */
  signal?: AbortSignal;
  now?: () => Date;
}

const running = new Set<number>();

/** Runs the job to its end, a stop signal or a failure; never throws. */
export async function runRescoreAll(
  deps: JobDeps,
  jobId: number,
  options: RescoreAllOptions = {},
): Promise<Job | null> {
  if (running.has(jobId)) return null;
  running.add(jobId);
  try {
    return await walk(deps, jobId, options);
  } finally {
    running.delete(jobId);
  }
}

/** Resumes the rescore jobs a stopped process left queued or running. */
export async function resumeRescoreJobs(
  deps: JobDeps,
  options: RescoreAllOptions = {},
): Promise<void> {
  const jobs = await deps.db.models.Job.findAll({
    where: { kind: RESCORE_ALL, status: ['queued', 'running'] },
    order: [['id', 'ASC']],
  });
  for (const job of jobs) {
    deps.log.info({ jobId: job.id, cursor: job.cursor }, 'resuming job');
    await runRescoreAll(deps, job.id, options);
  }
}

async function walk(
  deps: JobDeps,
  jobId: number,
  options: RescoreAllOptions,
): Promise<Job> {
  const { db, log } = deps;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const job = await db.models.Job.findByPk(jobId, { rejectOnEmpty: true });
  if (job.status === 'done' || job.status === 'failed') return job;

  try {
    if (job.status === 'queued') {
      const total = await db.models.Subject.count();
      await job.update({ status: 'running', startedAt: now(), total });
    }
    const started = Date.now();
    const doneAtStart = job.done;
    while (!options.signal?.aborted) {
      const subjects = await db.models.Subject.findAll({
        attributes: ['id', 'kind'],
        where: { id: { [Op.gt]: job.cursor } },
        order: [['id', 'ASC']],
        limit: batchSize,
        raw: true,
      });
      if (subjects.length === 0) {
        await job.update({
          status: 'done',
          finishedAt: now(),
          total: Math.max(job.total, job.done),
        });
        log.info({ jobId, done: job.done }, 'rescore finished');
        break;
      }
      await rescoreBatch(deps, job, subjects, now());

      const seconds = (Date.now() - started) / 1000;
      log.info(
        {
          jobId,
          done: job.done,
          total: job.total,
          perSecond: Math.round((job.done - doneAtStart) / seconds),
        },
        'rescore progress',
      );
    }
  } catch (error) {
    // Stopping for a shutdown closes the database under the batch in
    // flight; the job stays running and resumes at the next start.
    if (options.signal?.aborted) return job;
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error, jobId }, 'rescore failed');
    await job
      .update({
        status: 'failed',
        finishedAt: now(),
        error: message.slice(0, MAX_ERROR_LENGTH),
      })
      .catch(() => undefined);
  }
  return job;
}

async function rescoreBatch(
  deps: JobDeps,
  job: Job,
  subjects: { id: number; kind: 'person' | 'organization' }[],
  now: Date,
): Promise<void> {
  const { db } = deps;
  const ids = subjects.map((s) => s.id);
  await db.sequelize.transaction(async (transaction) => {
    const before = await readRatings(db, ids, { transaction, lock: true });
    // Read per batch: a version published mid-walk counts from the next
    // batch, and its own job then rescores everyone again.
    const models = await loadScoringModels(db, transaction);
    await rescoreInChunks(db, subjects, models, before, { transaction, now });
    await job.update(
      { cursor: ids[ids.length - 1], done: job.done + subjects.length },
      { transaction },
    );
    transaction.afterCommit(() => forgetRatings(deps.cache, ids));
  });
}
