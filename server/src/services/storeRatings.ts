// Stores freshly computed ratings and appends a history point for each
// subject whose score, grade or model version changed, so the history is
// the subject's trend and keeps every rating it ever had.
import type { Rating } from '@creditplus/shared';
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import { compactRating } from '../domain/ratingBreakdown';

export interface StoredRating {
  score: number;
  grade: string;
  modelVersion: number;
}

/**
 * The stored ratings of these subjects. With `lock` (MySQL) the rows stay
 * locked to the transaction: the rescore job locks them before reading
 * the records, so a record change committing meanwhile waits for the job's
 * rating and then writes its own, fresher one over it. Single rescores do
 * not lock: they run in the transaction that changed the records.
 */
export async function readRatings(
  db: Database,
  subjectIds: number[],
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<Map<number, StoredRating>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await db.models.Rating.findAll({
    attributes: ['subjectId', 'score', 'grade', 'modelVersion'],
    where: { subjectId: subjectIds },
    lock: options.lock === true,
    raw: true,
    transaction: options.transaction,
  });
  return new Map(rows.map((row) => [row.subjectId, row]));
}

export async function storeRatings(
  db: Database,
  ratings: Rating[],
  before: Map<number, StoredRating>,
  transaction?: Transaction,
): Promise<void> {
  if (ratings.length === 0) return;
  const { Rating: Ratings, RatingHistory } = db.models;

  const changed = ratings.filter((rating) => {
    const old = before.get(rating.subjectId);
    return (
      old === undefined ||
      old.score !== rating.score ||
      old.grade !== rating.grade ||
      old.modelVersion !== rating.modelVersion
    );
  });

  await Ratings.bulkCreate(
    ratings.map((rating) => ({
      subjectId: rating.subjectId,
      score: rating.score,
      grade: rating.grade,
      modelVersion: rating.modelVersion,
      breakdown: compactRating(rating),
      computedAt: new Date(rating.computedAt),
    })),
    {
      updateOnDuplicate: [
        'score',
        'grade',
        'modelVersion',
        'breakdown',
        'computedAt',
      ],
      conflictAttributes: ['subjectId'],
      transaction,
    },
  );
  if (changed.length === 0) return;
  await RatingHistory.bulkCreate(
    changed.map((rating) => ({
      subjectId: rating.subjectId,
      score: rating.score,
      grade: rating.grade,
      modelVersion: rating.modelVersion,
      computedAt: new Date(rating.computedAt),
    })),
    { transaction },
  );
}
