// Recomputes a subject's rating from its records and the model in force,
// and stores it. Callers that change records run it in their transaction
// and forget the cached rating after the commit. A reader refreshing a
// rating from an earlier day calls it without one, as many readers may at
// once: then the rating and its history point are two writes, and a crash
// between them costs one trend point, never the rating.
import type { Rating } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { loadScoringModel } from './loadScoringModels';
import { rateSubjects } from './rateSubjects';
import { readRatings, storeRatings } from './storeRatings';

export async function rescoreSubject(
  db: Database,
  subjectId: number,
  options: { transaction?: Transaction; now?: Date } = {},
): Promise<Rating> {
  const { transaction } = options;
  const now = options.now ?? new Date();

  const before = await readRatings(db, [subjectId], { transaction });
  const subject = await db.models.Subject.findByPk(subjectId, {
    attributes: ['id', 'kind'],
    transaction,
    rejectOnEmpty: true,
  });
  const model = await loadScoringModel(db, subject.kind, transaction);
  const [rating] = await rateSubjects(
    db,
    [subject],
    { [subject.kind]: model },
    { transaction, now },
  );
  await storeRatings(db, [rating], before, transaction);
  return rating;
}
