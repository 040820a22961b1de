// One batch of the rescore-all job: its subjects' ratings, their history
// points and the job's cursor, written in one transaction.
//
// On MySQL the walk keeps several batches in flight (see rescoreAll.ts),
// each on its own connection, so each runs at READ COMMITTED: its lock on
// the ratings it rewrites then holds those rows only. At REPEATABLE READ
// it would also lock the gaps where ratings are missing, and two batches
// inserting next to each other would deadlock every time. A rating
// missing at the lock is inserted only if still missing (storeRatings'
// keepNewer): one that a record change wrote meanwhile fails the batch,
// which is then redone, as is a batch a deadlock rolled back.
//
// A batch locks its ratings as one range of subject ids, which also
// touches the first rating past it, the next batch's: so the batches
// take their locks in their order, each once the one before has. A batch
// redone while later ones hold their ranges locks its ratings key by key.
//
// Batches commit in the order they started: each waits for the previous
// one before it moves the cursor, so the cursor never passes a subject
// whose batch has not committed.
import { DatabaseError, Transaction, UniqueConstraintError } from 'sequelize';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import type { Job } from '../db/models';
import type { Logger } from '../log/logger';
import { loadScoringModels } from '../services/loadScoringModels';
import { forgetRatings } from '../services/ratingCache';
import { rescoreInChunks } from '../services/rescoreInChunks';
import { RatingLock, readRatings } from '../services/storeRatings';
import type { Lease } from './jobLease';

// Enough for the rare conflict with a record change or a deadlock's
// victim; a batch that keeps meeting them fails the job, which says why.
const ATTEMPTS = 3;
// mysql2's errno for a deadlock and for a lock wait that timed out.
const ER_LOCK_DEADLOCK = 1213;
const ER_LOCK_WAIT_TIMEOUT = 1205;

export type WalkedSubject = { id: number; kind: 'person' | 'organization' };

export interface BatchDeps {
  db: Database;
  cache: Cache;
  log: Logger;
}

export interface BatchTurn {
  /** Settles once the batch before this one has committed or failed. */
  previous: Promise<unknown>;
  /** Settles once the batch before this one has locked its range. */
  previousLocked: Promise<unknown>;
  /** Told once this batch has locked its range, or never will. */
  locked(): void;
  signal?: AbortSignal;
}

/** Raised by a batch that must not commit: a stop, or an earlier failure. */
export class BatchCancelled extends Error {}

export async function rescoreBatch(
  deps: BatchDeps,
  job: Job,
  lease: Lease,
  subjects: WalkedSubject[],
  now: Date,
  turn: BatchTurn,
): Promise<void> {
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const lock = attempt === 1 ? 'range' : 'keys';
        await attemptBatch(deps, job, lease, subjects, now, turn, lock);
        return;
      } catch (error) {
        const reason = conflictOf(error);
        if (reason === null || attempt >= ATTEMPTS) throw error;
        deps.log.warn(
          { jobId: job.id, fromSubjectId: subjects[0].id, attempt, reason },
          'rescore batch redone',
        );
      }
    }
  } finally {
    turn.locked();
  }
}

async function attemptBatch(
  deps: BatchDeps,
  job: Job,
  lease: Lease,
  subjects: WalkedSubject[],
  now: Date,
  turn: BatchTurn,
  lock: RatingLock,
): Promise<void> {
  const { db } = deps;
  const ids = subjects.map((s) => s.id);
  // SQLite has one writer at a time and runs one batch after another.
  const isolation =
    db.sequelize.getDialect() === 'sqlite'
      ? {}
      : { isolationLevel: Transaction.ISOLATION_LEVELS.READ_COMMITTED };
  await db.sequelize.transaction(isolation, async (transaction) => {
    // Sent together, in this order on the transaction's connection, so
    // the models are read after the lock without a round trip between.
    // Read per batch: a version published mid-walk counts from the next
    // batch, and its own job then rescores everyone again.
    if (lock === 'range') await turn.previousLocked;
    const [before, models] = await settledTogether(
      readRatings(db, ids, { transaction, lock }),
      loadScoringModels(db, transaction),
    );
    turn.locked();
    await rescoreInChunks(db, subjects, models, before, {
      transaction,
      now,
      keepNewer: true,
    });

    const previousFailed = await turn.previous.then(
      () => false,
      () => true,
    );
    if (previousFailed || turn.signal?.aborted) throw new BatchCancelled();
    await lease.keep(
      { cursor: ids[ids.length - 1], done: job.done + subjects.length },
      transaction,
    );
    transaction.afterCommit(() => forgetRatings(deps.cache, ids));
  });
}

/** Why redoing the batch may succeed, or null when it would not. */
function conflictOf(error: unknown): string | null {
  // Only the ratings a batch inserts have a key it can find taken.
  if (error instanceof UniqueConstraintError) return 'rating_written_meanwhile';
  if (!(error instanceof DatabaseError)) return null;
  const errno = (error.parent as { errno?: unknown }).errno;
  if (errno === ER_LOCK_DEADLOCK) return 'deadlock';
  if (errno === ER_LOCK_WAIT_TIMEOUT) return 'lock_wait_timeout';
  return null;
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
