// Following the job that rescores everyone after a model is published,
// until it is done or has failed.
import type { JobView } from '@creditplus/shared';

export const JOB_STATUS: Record<JobView['status'], string> = {
  queued: '排队中',
  running: '重算中',
  done: '已完成',
  failed: '失败',
};

function isFinished(job: JobView): boolean {
  return job.status === 'done' || job.status === 'failed';
}

/** Whole percent done; a finished job with nobody to rescore is 100. */
export function jobPercent(job: JobView): number {
  if (job.total === 0) return job.status === 'done' ? 100 : 0;
  return Math.min(100, Math.floor((job.done * 100) / job.total));
}

export interface FollowOptions {
  load: (id: number) => Promise<JobView>;
  onProgress: (job: JobView) => void;
  /** Resolves when it is time to ask again. */
  wait: () => Promise<void>;
  /** True once nobody looks any more (the page was left). */
  stopped: () => boolean;
}

/**
 * Reports `job` and each later state until it finishes; answers the
 * finished job, or null when stopped first. A failed request rejects.
 */
export async function followJob(
  job: JobView,
  options: FollowOptions,
): Promise<JobView | null> {
  let current = job;
  options.onProgress(current);
  while (!isFinished(current)) {
    await options.wait();
    if (options.stopped()) return null;
    current = await options.load(current.id);
    if (options.stopped()) return null;
    options.onProgress(current);
  }
  return current;
}
