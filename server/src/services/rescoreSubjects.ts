// Rescores many subjects inside the transaction that changed their records,
// a batch at a time: per batch one query for the subjects and one for their
// stored ratings, then their records read and ratings written in chunks,
// the same path the rescore-all job takes. The caller forgets the cached
// ratings after the commit.
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { loadScoringModels } from './loadScoringModels';
import { rescoreInChunks } from './rescoreInChunks';
import { readRatings } from './storeRatings';

const BATCH_SIZE = 500;

export async function rescoreSubjects(
  db: Database,
  subjectIds: number[],
  options: { transaction: Transaction; now: Date },
): Promise<void> {
  if (subjectIds.length === 0) return;
  const { transaction, now } = options;
  const models = await loadScoringModels(db, transaction);

  for (let i = 0; i < subjectIds.length; i += BATCH_SIZE) {
    const ids = subjectIds.slice(i, i + BATCH_SIZE);
    const subjects = await db.models.Subject.findAll({
      attributes: ['id', 'kind'],
      where: { id: ids },
      raw: true,
      transaction,
    });
    const before = await readRatings(db, ids, { transaction });
    await rescoreInChunks(db, subjects, models, before, { transaction, now });
  }
}
