// How scoring models and jobs look to the credit office.
import type { JobView, ScoringModelView } from '@creditplus/shared';

import type { Job, ScoringModelRow } from '../db/models';

export function presentScoringModel(row: ScoringModelRow): ScoringModelView {
  return {
    version: row.version,
    subjectKind: row.subjectKind,
    base: row.definition.base,
    publishedAt: row.publishedAt.toISOString(),
    dimensions: row.definition.dimensions,
  };
}

export function presentJob(job: Job): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
