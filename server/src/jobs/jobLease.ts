// A job's lease: which run walks it. Taken by a conditional update and
// renewed by every change the run writes, which is made only while the run
// still holds it; a run that stalls past its lease loses the job to the
// next one, and a crashed run's lease runs out.
import { randomUUID } from 'node:crypto';
import { InferAttributes, Op, Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Job } from '../db/models';

// Far longer than a batch takes; how long a crashed run keeps its job.
const LEASE_MS = 60_000;

export class LeaseLost extends Error {}

export type JobChange = Partial<Omit<InferAttributes<Job>, 'id'>>;

export interface Lease {
  /**
   * Writes the change and renews the lease; throws LeaseLost. Inside a
   * transaction the job instance takes the change once it commits.
   */
  keep(change: JobChange, transaction?: Transaction): Promise<void>;
  release(): Promise<void>;
}

/** Null when another run holds the job's lease. */
export async function takeLease(db: Database, job: Job): Promise<Lease | null> {
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
      // The walk reads its cursor and counts from the instance, which must
      // not run ahead of what a rolled-back batch never wrote.
      if (transaction === undefined) job.set(change);
      else transaction.afterCommit(() => void job.set(change));
    },
    async release() {
      await jobs.update(
        { leaseOwner: null, leaseUntil: null },
        { where: mine },
      );
    },
  };
}
