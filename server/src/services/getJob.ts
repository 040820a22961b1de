// A background job's progress.
import type { JobView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { AppError } from '../errors';
import { presentJob } from './presentScoring';

export async function getJob(db: Database, jobId: number): Promise<JobView> {
  const job = await db.models.Job.findByPk(jobId);
  if (job === null) throw new AppError('job_not_found');
  return presentJob(job);
}
