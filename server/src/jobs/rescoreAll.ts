// Rescores every subject after a model version is published. The job walks
// subjects by id in batches; each batch's ratings, history points and the
// job's cursor are written in one transaction, so a crash loses at most the
// batch in flight and a restart resumes after the last committed one.
//
// One run walks a job at a time: within a process through `running`
// below, across processes through the job's lease, taken by a conditional
// update and renewed by each batch's commit, which is made only while this
// run still holds it. A run that stalls past its lease loses the job to the
// next one and stops at its next batch; a crashed run's lease runs out.
import { randomUUID } from 'node:crypto';
import { InferAttributes, Op, Transaction } from 'sequelize';

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
// Far longer than a batch takes; how long a crashed run keeps its job.
const LEASE_MS = 60_000;
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
  const lease = await takeLease(db, job);
  if (lease === null) {
    log.info({ jobId }, 'rescore job is walked by another process');
    return job;
  }

  try {
    if (job.status === 'queued') {
      const total = await db.models.Subject.count();
      await lease.keep({ status: 'running', startedAt: now(), total });
    }
    const started = Date.now();
    const doneAtStart = job.done;
    // The next batch's subjects are read while this batch is rescored,
    // on another connection: the list is not part of a batch's
    // transaction, and reading it in between left both this process and
    // the database waiting on the other.
    let next = subjectsAfter(db, job.cursor, batchSize);
    while (!options.signal?.aborted) {
      const subjects = await next;
      if (subjects.length > 0) {
        next = subjectsAfter(db, subjects[subjects.length - 1].id, batchSize);
        // Left unread when the walk stops or fails in this batch.
        next.catch(() => undefined);
      }
      if (subjects.length === 0) {
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
      await rescoreBatch(deps, job, lease, subjects, now());

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
    // Stopped between batches: the next start need not wait for the lease.
    if (options.signal?.aborted) await lease.release();
  } catch (error) {
    if (error instanceof LeaseLost) {
      log.warn({ jobId }, 'rescore job taken over by another process');
      return job;
    }
    // Stopping for a shutdown closes the database under the batch in
    // flight; the job stays running and resumes at the next start, which
    // need not wait for the lease to run out.
    if (options.signal?.aborted) {
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

type WalkedSubject = { id: number; kind: 'person' | 'organization' };

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

async function rescoreBatch(
  deps: JobDeps,
  job: Job,
  lease: Lease,
  subjects: WalkedSubject[],
  now: Date,
): Promise<void> {
  const { db } = deps;
  const ids = subjects.map((s) => s.id);
  await db.sequelize.transaction(async (transaction) => {
    // Sent together, in this order on the transaction's connection, so
    // the models are read after the lock without a round trip between.
    // Read per batch: a version published mid-walk counts from the next
    // batch, and its own job then rescores everyone again.
    const [before, models] = await settledTogether(
      readRatings(db, ids, { transaction, lock: true }),
      loadScoringModels(db, transaction),
    );
    await rescoreInChunks(db, subjects, models, before, { transaction, now });
    await lease.keep(
      { cursor: ids[ids.length - 1], done: job.done + subjects.length },
      transaction,
    );
    transaction.afterCommit(() => forgetRatings(deps.cache, ids));
  });
}

/** Both results; a failure only once neither query is in flight. */
async function settledTogether<A, B>(
  a: Promise<A>,
  b: Promise<B>,
): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

class LeaseLost extends Error {}

type JobChange = Partial<Omit<InferAttributes<Job>, 'id'>>;

interface Lease {
  /** Writes the change and renews the lease; throws LeaseLost. */
  keep(change: JobChange, transaction?: Transaction): Promise<void>;
  release(): Promise<void>;
}

/** Null when another run holds the job's lease. */
async function takeLease(db: Database, job: Job): Promise<Lease | null> {
  const jobs = db.models.Job;
  const jobId = job.id;
  const owner = randomUUID();
  // Leases run on the wall clock, whatever time the ratings are computed at.
  const until = () => new Date(Date.now() + LEASE_MS);
  const [taken] = await jobs.update(
    { leaseOwner: owner, leaseUntil: until() },
    {
      where: {
        id: jobId,
        [Op.or]: [
          { leaseUntil: null },
          { leaseUntil: { [Op.lt]: new Date() } },
        ],
      },
    },
  );
  if (taken === 0) return null;

  const mine = { id: jobId, leaseOwner: owner };
  return {
    async keep(change, transaction) {
      const [kept] = await jobs.update(
        { leaseUntil: until(), ...change },
        { where: mine, transaction },
      );
      if (kept === 0) throw new LeaseLost();
      // The walk reads its cursor and counts from the instance.
      job.set(change);
    },
    async release() {
      await jobs.update(
        { leaseOwner: null, leaseUntil: null },
        { where: mine },
      );
    },
  };
}
