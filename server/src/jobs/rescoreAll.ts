// Rescores every subject after a model version is published. The job walks
// subjects by id in batches; each batch's ratings, history points and the
// job's cursor are written in one transaction (rescoreBatch.ts), so a
// crash loses at most the batches in flight and a restart resumes after
// the last committed one.
//
// One run walks a job at a time: within a process through `running`
// below, across processes through the job's lease (jobLease.ts), renewed
// by each batch's commit. A run that stalls past its lease loses the job
// to the next one and stops at its next batch.
import { Op } from 'sequelize';

import type { Database } from '../db/database';
import type { Job } from '../db/models';
import { LeaseLost, takeLease } from './jobLease';
import {
  BatchCancelled,
  BatchDeps,
  rescoreBatch,
  WalkedSubject,
} from './rescoreBatch';

export const RESCORE_ALL = 'rescore_all';
// Each batch costs a few statements and a commit whatever its size; with
// 2,000 subjects that cost is spread thin. A record change of a subject in
// a batch waits for the batch's commit: with the batches in flight before
// it, about a tenth of a second on the benchmark's two cores.
const DEFAULT_BATCH_SIZE = 2000;
const MAX_ERROR_LENGTH = 500;
// Batches in flight on MySQL, each on a connection of its own. One batch
// keeps its connection busy from its first read to its commit while this
// process waits on it about half the time, and a batch that is done waits
// for the one before it to commit. With three, this process scores one
// batch while the database works on the others: a tenth faster than two
// on two cores, and four gained nothing more.
const MYSQL_BATCHES_IN_FLIGHT = 3;

export type JobDeps = BatchDeps;

export interface RescoreAllOptions {
  batchSize?: number;
  /**
   * Stops the walk, leaving the job running to resume later: no batch
   * starts after it, and one that has not moved the cursor yet rolls back.
   */
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
  const lease = await takeLease(db, job);
  if (lease === null) {
    log.info({ jobId }, 'rescore job is walked by another process');
    return job;
  }

  const batches = inOrder(
    db.sequelize.getDialect() === 'sqlite' ? 1 : MYSQL_BATCHES_IN_FLIGHT,
  );
  try {
    if (job.status === 'queued') {
      const total = await db.models.Subject.count();
      await lease.keep({ status: 'running', startedAt: now(), total });
    }
    const started = Date.now();
    const doneAtStart = job.done;
    const logProgress = () => {
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
    };
    // The next batch's subjects are read while this batch is rescored,
    // on another connection: the list is not part of a batch's
    // transaction, and reading it in between left both this process and
    // the database waiting on the other.
    let next = subjectsAfter(db, job.cursor, batchSize);
    // Settles once the last batch started has locked its range.
    let lastLocked: Promise<void> = Promise.resolve();
    while (!options.signal?.aborted) {
      const subjects = await next;
      if (subjects.length === 0) {
        await batches.drain();
        await lease.keep({
          status: 'done',
          finishedAt: now(),
          total: Math.max(job.total, job.done),
          leaseOwner: null,
          leaseUntil: null,
        });
        log.info({ jobId, done: job.done }, 'rescore finished');
        break;
      }
      next = subjectsAfter(db, subjects[subjects.length - 1].id, batchSize);
      // Left unread when the walk stops or fails in this batch.
      next.catch(() => undefined);
      const at = now();
      const previousLocked = lastLocked;
      let locked = () => {};
      lastLocked = new Promise<void>((resolve) => (locked = resolve));
      await batches.start((previous) =>
        rescoreBatch(deps, job, lease, subjects, at, {
          previous,
          previousLocked,
          locked,
          signal: options.signal,
        }).then(logProgress),
      );
    }
    // Stopped between batches: the next start need not wait for the lease.
    if (options.signal?.aborted) {
      await batches.settle();
      await lease.release();
    }
  } catch (error) {
    await batches.settle();
    if (error instanceof LeaseLost) {
      log.warn({ jobId }, 'rescore job taken over by another process');
      return job;
    }
    // Stopping for a shutdown closes the database under the batches in
    // flight; the job stays running and resumes at the next start, which
    // need not wait for the lease to run out.
    if (options.signal?.aborted || error instanceof BatchCancelled) {
      await lease.release().catch(() => undefined);
      return job;
    }
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error, jobId }, 'rescore failed');
    await lease
      .keep({
        status: 'failed',
        finishedAt: now(),
        error: message.slice(0, MAX_ERROR_LENGTH),
        leaseOwner: null,
        leaseUntil: null,
      })
      .catch(() => undefined);
  }
  return job;
}

/**
 * Batches started one after another, at most `depth` of them unfinished:
 * `start` waits while that many are, and raises the first failure. Each
 * batch is handed the one before it, to commit after it.
 */
function inOrder(depth: number) {
  const unfinished: Promise<void>[] = [];
  let last: Promise<void> = Promise.resolve();
  return {
    async start(batch: (previous: Promise<void>) => Promise<void>) {
      last = batch(last);
      // Raised where it is awaited, in order; never left unhandled.
      last.catch(() => undefined);
      unfinished.push(last);
      if (unfinished.length >= depth) await unfinished.shift();
    },
    /** Waits for every batch; raises the first failure. */
    async drain() {
      while (unfinished.length > 0) await unfinished.shift();
    },
    /** Waits for every batch, whatever became of it. */
    async settle() {
      await Promise.allSettled(unfinished.splice(0));
    },
  };
}

function subjectsAfter(
  db: Database,
  cursor: number,
  batchSize: number,
): Promise<WalkedSubject[]> {
  return db.models.Subject.findAll({
    attributes: ['id', 'kind'],
    where: { id: { [Op.gt]: cursor } },
    order: [['id', 'ASC']],
    limit: batchSize,
    raw: true,
  });
}
