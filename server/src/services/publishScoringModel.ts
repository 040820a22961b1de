// Publishes a new version of a subject kind's scoring model and queues the
// job that rescores everyone with it. A model that fails a check is
// refused with every reason and nothing is stored; ratings change only
// through the job, after the version is committed.
import { isDeepStrictEqual } from 'node:util';
import { UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import type { Job, ScoringModelRow } from '../db/models';
import {
  checkScoringModel,
  ScoringModelDraft,
} from '../domain/scoringModelValidation';
import { AppError } from '../errors';
import { RESCORE_ALL } from '../jobs/rescoreAll';

export interface Published {
  model: ScoringModelRow;
  job: Job;
}

export async function publishScoringModel(
  db: Database,
  draft: ScoringModelDraft,
  publishedBy: number,
): Promise<Published> {
  const check = checkScoringModel(draft);
  if (!check.ok)
    throw new AppError('model_invalid', { reasons: check.problems });
  const { subjectKind, ...definition } = check.model;

  try {
    return await db.sequelize.transaction(async (transaction) => {
      const latest = await db.models.ScoringModel.findOne({
        where: { subjectKind },
        order: [['version', 'DESC']],
        transaction,
      });
      // A version the same as the one in force would change no score and
      // still rescore everyone; the office likely sent it by mistake. As
      // stored, a field left undefined is no field at all.
      const asStored: unknown = JSON.parse(JSON.stringify(definition));
      if (latest !== null && isDeepStrictEqual(latest.definition, asStored)) {
        throw new AppError('model_unchanged');
      }
      // Taken once the version before is known, not when the request came:
      // a publish that waited for another's transaction is the later one.
      const model = await db.models.ScoringModel.create(
        {
          subjectKind,
          version: (latest?.version ?? 0) + 1,
          definition,
          publishedAt: new Date(),
          publishedBy,
        },
        { transaction },
      );
      const job = await db.models.Job.create(
        { kind: RESCORE_ALL, status: 'queued' },
        { transaction },
      );
      return { model, job };
    });
  } catch (error) {
    // Two offices publishing the same kind at once: the unique version
    // lets one through; the other retries on a fresh list.
    if (error instanceof UniqueConstraintError) {
      throw new AppError('model_version_conflict');
    }
    throw error;
  }
}
